package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AddressedBinaryMessage;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BinaryBroadcastMessage;
import io.coastwatch.ais.message.BinaryData;
import io.coastwatch.ais.message.GnssBroadcastBinaryMessage;
import io.coastwatch.ais.message.MultipleSlotBinaryMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * gpsd quirks of the binary messages that the sample data does not show; each expected member is what
 * {@code gpsdecode} 3.22 prints for the same message.
 */
class BinaryJsonTest {

    @Test
    void gnssPositionRoundsLikePrintfOfTheDouble() {
        // 90 / 600 = 0.15 exactly, but the double nearest is below it: printf prints 0.1.
        String json = scaled(new GnssBroadcastBinaryMessage(17, 0, 2734450, 0, 90, -90, 0, BinaryData.EMPTY));

        assertContains(json, "\"lon\":0.1,\"lat\":-0.1,\"data\":\"0:\"");
    }

    @Test
    void atonAnalogueZeroStaysUnscaled() {
        BitWriter data = new BitWriter().bits(0, 10).bits(3, 10).bits(1023, 10).bits(1, 2).bits(3, 2).flag(true)
                .bits(0xA5, 8).flag(true).bits(0, 4);
        String json = scaled(new AddressedBinaryMessage(6, 0, 992509976, 0, 2500912, false, 0, 235, 10, binary(data)));

        assertContains(json, "\"off_pos\":true,\"alarm\":true,\"stat_ext\":165,\"ana_int\":0,\"ana_ext1\":0.15,"
                + "\"ana_ext2\":51.15,\"racon\":1,\"racon_text\":\"RACON not monitored\",\"light\":3,"
                + "\"light_text\":\"Light ERROR\"");
    }

    @Test
    void meteoWaterLevelBelowZeroWrapsAroundAsInGpsd() {
        assertContains(scaled(meteo289WithWaterLevel(5)), "\"waterlevel\":42949663.0,");
        assertContains(scaled(meteo289WithWaterLevel(1015)), "\"waterlevel\":0.1,");
        assertContains(unscaled(meteo289WithWaterLevel(5)), "\"waterlevel\":5,");
    }

    @Test
    void multipleSlotDataShowsTheStateBitsGpsdCopied() {
        BinaryData zeros = new BinaryData(new byte[92], 729);
        String hex = "00".repeat(91);

        // Addressed: gpsd's byte-wise copy ends one bit after the data.
        assertContains(scaled(new MultipleSlotBinaryMessage(26, 0, 113346142, true, false, 847254454, 0, zeros, true,
                0x5AAAA)), "\"data\":\"729:" + hex + "40\",\"radio\":0");
        // Broadcast: the whole padding shows state bits 1101101.
        assertContains(scaled(new MultipleSlotBinaryMessage(26, 0, 113346142, false, false, 0, 0, zeros, true,
                0x5AAAA)), "\"data\":\"729:" + hex + "6d\",\"radio\":0");
    }

    @Test
    void areaNoticesStayRawData() {
        // Decoded by Coastwatch, but gpsd prints them as data.
        BitWriter data = new BitWriter().bits(29, 10).bits(1, 7).padTo(55).bits(5, 3).text("NOAA", 14);
        String json = scaled(new BinaryBroadcastMessage(8, 0, 3669739, 0, 1, 22, binary(data)));

        assertContains(json, "\"dac\":1,\"fid\":22,\"data\":\"142:074");
    }

    /** A message 8 DAC 1 FI 31 with a water level code and zeros elsewhere. */
    private static BinaryBroadcastMessage meteo289WithWaterLevel(int waterLevelCode) {
        BitWriter data = new BitWriter().padTo(145).bits(waterLevelCode, 12).padTo(304);
        return new BinaryBroadcastMessage(8, 0, 123456789, 0, 1, 31, binary(data));
    }

    private static BinaryData binary(BitWriter bits) {
        byte[] armoured = bits.armoured().getBytes(StandardCharsets.US_ASCII);
        BitReader reader = new BitReader();
        reader.load(armoured, 0, armoured.length, bits.fillBits());
        return BinaryData.read(reader, 0, bits.bitLength());
    }

    private static String scaled(AisMessage message) {
        return json(message, true);
    }

    private static String unscaled(AisMessage message) {
        return json(message, false);
    }

    private static String json(AisMessage message, boolean scaled) {
        JsonOutput out = new JsonOutput();
        new GpsdJsonWriter("stdin").write(message, scaled, out);
        return out.toString();
    }

    private static void assertContains(String json, String expected) {
        assertTrue(json.contains(expected), json + "\n should contain " + expected);
    }
}
