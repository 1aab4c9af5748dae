package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.RejectReason;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages 6, 8, 17, 25 and 26 decoded from gpsd's sample.aivdm (values as in its .chk files). */
class BinaryMessagesTest {

    @Test
    void addressedBinaryMessageKeepsItsDataAndEncodesBackExactly() {
        String payload = "6B?n;be:cbapalgc;i6?Ow4";
        AddressedBinaryMessage message = (AddressedBinaryMessage) decode("!AIVDM,1,1,,B," + payload + ",2*4A");

        assertEquals(6, message.messageType());
        assertEquals(1, message.repeatIndicator());
        assertEquals(150834090, message.mmsi());
        assertEquals(3, message.sequenceNumber());
        assertEquals(313240222, message.destinationMmsi());
        assertFalse(message.retransmitted());
        assertEquals(669, message.designatedAreaCode());
        assertEquals(11, message.functionId());
        assertEquals("48:eb2f118f7ff1", message.data().toString());
        assertTrue(message.application().isEmpty(), "669/11 is not decoded");

        BitWriter bits = MessageCodec.encode(message, new BitWriter());
        assertEquals(payload, bits.armoured());
        assertEquals(2, bits.fillBits());
    }

    @Test
    void binaryBroadcastMessage() {
        BinaryBroadcastMessage message = (BinaryBroadcastMessage) decode(
                "!AIVDM,1,1,,A,85Mwp`1Kf3aCnsNvBWLi=wQuNhA5t43N`5nCuI=p<IBfVqnMgPGs,0*47");

        assertEquals(366999712, message.mmsi());
        assertEquals(0, message.spare());
        assertEquals(366, message.designatedAreaCode());
        assertEquals(56, message.functionId());
        assertEquals(256, message.data().bitCount());
        assertEquals("256:3a53dbb7be4a773137f87d7b0445f040dea05d93f593783194ae9b9d9dbe05fb", message.data().toString());
        assertTrue(message.application().isEmpty());
    }

    @Test
    void gnssBroadcastBinaryMessage() {
        GnssBroadcastBinaryMessage message = (GnssBroadcastBinaryMessage) decode(
                "!AIVDM,2,1,5,A,A02VqLPA4I6C07h5Ed1h<OrsuBTTwS?r:C?w`?la<gno1RTRwSP9:BcurA8a,0*3A",
                "!AIVDM,2,2,5,A,:Oko02TSwu8<:Jbb,0*11");

        assertEquals(2734450, message.mmsi());
        assertEquals(17478, message.longitudeTenthMinute());
        assertEquals(35992, message.latitudeTenthMinute());
        assertEquals(29.13, message.longitudeDegrees(), 1e-9);
        assertEquals(59.986667, message.latitudeDegrees(), 1e-6);
        assertEquals(376, message.data().bitCount());
        assertTrue(message.data().toString().startsWith("376:7c0556c07031febb"));
    }

    @Test
    void gnssPositionNotAvailable() {
        GnssBroadcastBinaryMessage message = new GnssBroadcastBinaryMessage(17, 0, 1, 0, 181 * 600, 91 * 600, 0,
                BinaryData.EMPTY);

        assertTrue(Double.isNaN(message.longitudeDegrees()));
        assertTrue(Double.isNaN(message.latitudeDegrees()));
    }

    @Test
    void singleSlotBinaryMessageAddressedUnstructured() {
        SingleSlotBinaryMessage message = (SingleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,A,I6SWo?8P00a3PKpEKEVj0?vNP<65,0*73");

        assertTrue(message.addressed());
        assertFalse(message.structured());
        assertEquals(440006460, message.mmsi());
        assertEquals(134218384, message.destinationMmsi());
        assertEquals(0, message.applicationId());
        assertEquals(-1, message.designatedAreaCode());
        assertEquals("98:e06f855b566c803fe7a0306140", message.data().toString());
    }

    @Test
    void singleSlotBinaryMessageBroadcastStructured() {
        SingleSlotBinaryMessage message = (SingleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,A,I8IRGB40QPPa0:<HP::V=gwv0l48,0*0E");

        assertFalse(message.addressed());
        assertTrue(message.structured());
        assertEquals(0, message.destinationMmsi());
        assertEquals(134, message.applicationId());
        assertEquals(2, message.designatedAreaCode());
        assertEquals(6, message.functionId());
        assertEquals("112:082900a31880a2a636fffe034108", message.data().toString());
    }

    @Test
    void singleSlotBinaryMessageBroadcastUnstructured() {
        SingleSlotBinaryMessage message = (SingleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,A,I6SWVNP001a3P8FEKNf=Qb0@00S8,0*6B");

        assertFalse(message.addressed());
        assertFalse(message.structured());
        assertEquals("128:00001a438085956deb8d86a0100008c8", message.data().toString());
    }

    @Test
    void multipleSlotBinaryMessageAddressedStructured() {
        MultipleSlotBinaryMessage message = (MultipleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,A,JB3R0GO7p>vQL8tjw0b5hqpd0706kh9d3lR2vbl0400,2*40");

        assertEquals(137920605, message.mmsi());
        assertTrue(message.addressed());
        assertTrue(message.structured());
        assertEquals(838351848, message.destinationMmsi());
        assertEquals(23587, message.applicationId());
        assertEquals(368, message.designatedAreaCode());
        assertEquals(35, message.functionId());
        assertEquals("150:ccbf02a170e78b001c01b3c09b03d220beab40", message.data().toString());
        assertFalse(message.itdmaState());
        assertEquals(4096, message.radioStatus());
    }

    @Test
    void multipleSlotBinaryMessageDataStopsBeforeTheCommunicationState() {
        MultipleSlotBinaryMessage message = (MultipleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,A,J1@@0IK70PGgT740000000000@000?D0ih1e00006JlPC9C3,0*6B");

        assertTrue(message.addressed());
        assertFalse(message.structured());
        assertEquals(834699643, message.destinationMmsi());
        // gpsd prints "…4813": its last hex byte also shows two bits of the communication state.
        assertEquals("198:e41c40000000000000004000003d4031c01b400000066b4810", message.data().toString());
        assertTrue(message.itdmaState());
        assertEquals(300227, message.radioStatus());
    }

    @Test
    void multipleSlotBinaryMessageBroadcast() {
        MultipleSlotBinaryMessage structured = (MultipleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,B,JaL0mr5P000DtRDMddr@0?vF06iD,0*75");
        MultipleSlotBinaryMessage unstructured = (MultipleSlotBinaryMessage) decode(
                "!AIVDM,1,1,,A,J0@00@370>t0Lh3P0000200H:2rN92,4*14");

        assertEquals(24576, structured.applicationId());
        assertEquals("92:0014f2251db2ce9000ff9600", structured.data().toString());
        assertFalse(structured.itdmaState());
        assertEquals(27732, structured.radioStatus());
        // gpsd prints "…282e", the padding of the last byte showing communication state bits.
        assertEquals("116:c700ef007300e00000000800182820", unstructured.data().toString());
        assertTrue(unstructured.itdmaState());
        assertEquals(433700, unstructured.radioStatus());
    }

    @Test
    void messages25And26ShorterThanTheirFlagsRequireAreRejected() {
        // Addressed and structured: 40 + 30 + 16 bits needed (plus 20 for message 26), as gpsd checks.
        assertEquals(RejectReason.SHORT_PAYLOAD, rejection(25, 85));
        assertEquals(null, rejection(25, 86));
        assertEquals(RejectReason.SHORT_PAYLOAD, rejection(26, 105));
        assertEquals(null, rejection(26, 106));
    }

    @Test
    void messagesShorterThanTheirHeaderAreRejected() {
        assertEquals(RejectReason.SHORT_PAYLOAD, rejection(6, 87));
        assertEquals(null, rejection(6, 88));
        assertEquals(RejectReason.SHORT_PAYLOAD, rejection(8, 55));
        assertEquals(null, rejection(8, 56));
        assertEquals(RejectReason.SHORT_PAYLOAD, rejection(17, 79));
        assertEquals(null, rejection(17, 80));
    }

    @Test
    void binaryDataComparesByContentAndRejectsNonCanonicalArrays() {
        BinaryData data = new BinaryData(new byte[] {(byte) 0xAB, (byte) 0xC0}, 10);

        assertEquals(new BinaryData(new byte[] {(byte) 0xAB, (byte) 0xC0}, 10), data);
        assertEquals(new BinaryData(new byte[] {(byte) 0xAB, (byte) 0xC0}, 10).hashCode(), data.hashCode());
        assertNotEquals(new BinaryData(new byte[] {(byte) 0xAB, (byte) 0x80}, 10), data);
        assertNotEquals(new BinaryData(new byte[] {(byte) 0xAB, (byte) 0xC0}, 11), data);
        assertEquals("10:abc0", data.toString());
        assertThrows(IllegalArgumentException.class, () -> new BinaryData(new byte[] {(byte) 0xAB, (byte) 0xE0}, 10));
        assertThrows(IllegalArgumentException.class, () -> new BinaryData(new byte[3], 10));
    }

    /** Message of {@code type} with all-one bits after the type and MMSI, {@code bitCount} long; its rejection. */
    private static RejectReason rejection(int type, int bitCount) {
        BitWriter bits = new BitWriter().bits(type, 6).bits(0, 2).bits(123456789, 30);
        while (bits.bitLength() < bitCount) {
            bits.bits(1, 1);
        }
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> { });
        for (String sentence : new SentenceWriter().sentences(bits, 'A')) {
            decoder.decode(sentence, 0);
        }
        for (RejectReason reason : RejectReason.values()) {
            if (decoder.counters().rejected(reason) > 0) {
                return reason;
            }
        }
        assertEquals(1, decoder.counters().messages());
        return null;
    }

    private static AisMessage decode(String... sentences) {
        List<AisMessage> decoded = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> decoded.add(message));
        for (String sentence : sentences) {
            decoder.decode(sentence, 0);
        }
        assertEquals(1, decoded.size(), "messages decoded");
        return decoded.get(0);
    }
}
