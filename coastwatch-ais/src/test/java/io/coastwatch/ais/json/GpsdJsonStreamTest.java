package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticDataReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message 24's parts paired as gpsd pairs them, and written as gpsdecode writes them. */
class GpsdJsonStreamTest {
    private static final StaticDataReport.PartA NAME = new StaticDataReport.PartA(24, 0, 271041815, 0, "PROGUY", 0);
    private static final StaticDataReport.PartB PART_B = new StaticDataReport.PartB(24, 0, 271041815, 1, 60, "1D0", 12,
            199796, "TC6163", new ShipDimensions(0, 15, 0, 5), 0, 0);
    private static final StaticDataReport.PartB OTHER_PART_B = new StaticDataReport.PartB(24, 0, 271040660, 1, 37,
            "1C0", 12, 199989, "YM5504", new ShipDimensions(0, 24, 0, 6), 0, 0);

    @Test
    void writesOnlyPairedPartsLikeGpsdecode() {
        List<String> lines = write(false, NAME, OTHER_PART_B, PART_B, PART_B);
        assertEquals(List.of("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":24,\"repeat\":0,\"mmsi\":271041815,"
                + "\"scaled\":true,\"shipname\":\"PROGUY\",\"shiptype\":60,"
                + "\"shiptype_text\":\"Passenger - all ships of this type\",\"vendorid\":\"1D00014\",\"model\":12,"
                + "\"serial\":199796,\"callsign\":\"TC6163\",\"to_bow\":0,\"to_stern\":15,\"to_port\":0,"
                + "\"to_starboard\":5}"), lines);
    }

    @Test
    void splitPartsAreWrittenAsTheyComeLikeGpsdecodeDashS() {
        List<String> lines = write(true, NAME, OTHER_PART_B, PART_B, PART_B);
        assertEquals(4, lines.size());
        assertEquals("\"part\":\"A\",\"shipname\":\"PROGUY\"}", tail(lines.get(0)));
        assertTrue(lines.get(1).contains("\"part\":\"B\",\"shiptype\":37"));
        assertTrue(lines.get(2).contains("\"shipname\":\"PROGUY\",\"shiptype\":60"));
        assertTrue(lines.get(3).contains("\"part\":\"B\",\"shiptype\":60"));
    }

    @Test
    void remembersTheLastEightNames() {
        List<AisMessage> messages = new ArrayList<>();
        messages.add(NAME);
        for (int i = 1; i <= 8; i++) {
            messages.add(new StaticDataReport.PartA(24, 0, 271000000 + i, 0, "SHIP " + i, 0));
        }
        messages.add(PART_B);
        assertEquals(List.of(), write(false, messages.toArray(AisMessage[]::new)));
    }

    @Test
    void undefinedPartNumbersAreNotWritten() {
        StaticDataReport.PartB undefined = new StaticDataReport.PartB(24, 0, 271041815, 3, 60, "1D0", 12, 199796,
                "TC6163", new ShipDimensions(0, 15, 0, 5), 0, 0);
        List<String> lines = write(true, NAME, undefined, PART_B);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("\"shipname\":\"PROGUY\",\"shiptype\":60"));
    }

    @Test
    void otherMessagesPassThrough() {
        BaseStationReport report = new BaseStationReport(4, 0, 2470052, 2012, 6, 1, 24, 60, 60, true, 0, 0, 7, false, 0,
                false, 133322);
        assertEquals(1, write(false, report).size());
    }

    private static List<String> write(boolean split, AisMessage... messages) {
        GpsdJsonStream stream = new GpsdJsonStream(new GpsdJsonWriter("stdin"), split);
        JsonOutput out = new JsonOutput();
        List<String> lines = new ArrayList<>();
        for (AisMessage message : messages) {
            if (stream.write(message, true, out.reset())) {
                lines.add(out.toString());
            }
        }
        return lines;
    }

    private static String tail(String line) {
        return line.substring(line.indexOf("\"part\""));
    }
}
