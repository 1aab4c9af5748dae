package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

/** Messages 12 and 14: safety related texts, addressed and broadcast. */
class SafetyMessagesTest {

    @Test
    void addressedTextStrippedOfItsTrailingSpaceWhichIsKeptForEncoding() {
        String payload = "<02:oP0kKcv0@<51C5PB5@?BDPD?P:?2?EB7PDB16693P381>>5<PikP";
        AddressedSafetyMessage message = (AddressedSafetyMessage) Sentences.decode(
                "!AIVDM,1,1,,A," + payload + ",0*37");
        assertEquals(12, message.messageType());
        assertEquals(2275200, message.mmsi());
        assertEquals(0, message.sequenceNumber());
        assertEquals(215724000, message.destinationMmsi());
        assertFalse(message.retransmitted());
        assertEquals("PLEASE REPORT TO JOBOURG TRAFFIC CHANNEL 13", message.text());
        assertEquals(336, message.bitLength());
        assertEquals(32, message.trailingBits(), "the trailing space, six-bit 32");
        assertEquals(payload, Sentences.armoured(message));
    }

    @Test
    void retransmittedFlag() {
        AddressedSafetyMessage message = (AddressedSafetyMessage) Sentences.decode(
                "!AIVDM,1,1,,A,<42Lati0W:Ov=C7P6B?=Pjoihhjhqq0,2*2B");
        assertTrue(message.retransmitted());
        assertEquals(271002111, message.destinationMmsi());
        assertEquals("MSG FROM 271002099", message.text());
    }

    @Test
    void textOverTwoSentences() {
        AddressedSafetyMessage message = (AddressedSafetyMessage) Sentences.decode(
                "!AIVDM,2,1,1,A,<39KdV8jIGtP7E4P@=PjEP>P81@9P>5GPI9BP?<P4P25CP6B=P1<P6E:19B1,0*02",
                "!AIVDM,2,2,1,A,80,4*1B");
        assertEquals(2, message.sequenceNumber());
        assertEquals(211378120, message.destinationMmsi());
        assertEquals("GUD PM 2U N HAPI NEW YIR OL D BES FRM AL FUJAIRAH", message.text());
        assertEquals(368, message.bitLength());
    }

    @Test
    void textEndsAtTheFirstAt() {
        BitWriter payload = new BitWriter().bits(12, 6).bits(0, 2).bits(1, 30).bits(1, 2).bits(2, 30).bits(0, 2)
                .text("AB@CD", 5);
        AddressedSafetyMessage message = (AddressedSafetyMessage) Sentences.decode(payload);
        assertEquals("AB", message.text());
        assertEquals(payload.armoured(), Sentences.armoured(message), "'@CD' kept as trailing bits");
    }

    @Test
    void broadcastText() {
        SafetyBroadcastMessage message = (SafetyBroadcastMessage) Sentences.decode(
                "!AIVDM,1,1,,A,>5?Per18=HB1U:1@E=B0m<L,2*51");
        assertEquals(14, message.messageType());
        assertEquals(351809000, message.mmsi());
        assertEquals("RCVD YR TEST MSG", message.text());
        assertEquals(136, message.bitLength());
        assertEquals(">5?Per18=HB1U:1@E=B0m<L", Sentences.armoured(message));
    }

    @Test
    void broadcastTextFillingTheMessage() {
        SafetyBroadcastMessage message = (SafetyBroadcastMessage) Sentences.decode(
                "!AIVDM,1,1,,A,>4aDT81@E=@,2*2E");
        assertEquals("TEST", message.text());
        assertEquals(64, message.bitLength());
        assertEquals(0, message.trailingBits());
    }

    @Test
    void headerOnlyMeansEmptyText() {
        SafetyBroadcastMessage broadcast = (SafetyBroadcastMessage) Sentences.decode(
                new BitWriter().bits(14, 6).bits(0, 2).bits(5, 30).bits(0, 2));
        assertEquals("", broadcast.text());
        AddressedSafetyMessage addressed = (AddressedSafetyMessage) Sentences.decode(
                new BitWriter().bits(12, 6).padTo(72));
        assertEquals("", addressed.text());
    }

    @Test
    void shorterThanTheHeaderIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(12, 6).padTo(71)));
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(14, 6).padTo(39)));
    }
}
