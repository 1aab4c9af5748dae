package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    @Test
    void oneDestinationBinaryAcknowledge() {
        Acknowledgement ack = (Acknowledgement) Sentences.decode("!AIVDM,1,1,,A,702R5`hwCjq8,0*6B");
        assertEquals(7, ack.messageType());
        assertEquals(2655651, ack.mmsi());
        assertEquals(265538450, ack.destinationMmsi1());
        assertEquals(0, ack.sequenceNumber1());
        assertEquals(0, ack.destinationMmsi2());
        assertEquals(72, ack.bitLength());
        assertEquals(1, ack.destinationCount());
        assertEquals("702R5`hwCjq8", Sentences.armoured(ack));
    }

    @Test
    void destinationCutByTheEndOfTheMessageKeepsTheBitsSent() {
        // 128 bits: the third destination's MMSI has 24 of its 30 bits; gpsd reads it all the same.
        Acknowledgement ack = (Acknowledgement) Sentences.decode("!AIVDM,1,1,,A,7IiQ4T`UjA9lC;b:M<MWE@,4*01");
        assertEquals(1, ack.repeatIndicator());
        assertEquals(655901842, ack.mmsi());
        assertEquals(2, ack.spare());
        assertEquals(158483613, ack.destinationMmsi1());
        assertEquals(321823389, ack.destinationMmsi2());
        assertEquals(836359488, ack.destinationMmsi3());
        assertEquals(0, ack.destinationMmsi4());
        assertEquals(128, ack.bitLength());
        assertEquals(3, ack.destinationCount());
        assertEquals("7IiQ4T`UjA9lC;b:M<MWE@", Sentences.armoured(ack));
        assertEquals(128, Sentences.encodedBits(ack));
    }

    @Test
    void sequenceNumbersOfEachDestination() {
        Acknowledgement ack = (Acknowledgement) Sentences.decode("!AIVDM,1,1,,B,7`0Pv1L:Ac8rbgPKHA8`P,2*56");
        assertEquals(537411077, ack.mmsi());
        assertEquals(2, ack.sequenceNumber1());
        assertEquals(1, ack.sequenceNumber2());
        assertEquals(0, ack.sequenceNumber3());
        assertEquals(124, ack.bitLength());
    }

    @Test
    void safetyRelatedAcknowledgementSharesTheLayout() {
        Acknowledgement ack = (Acknowledgement) Sentences.decode("!AIVDM,1,1,,A,=39UOj0jFs9R,0*65");
        assertEquals(13, ack.messageType());
        assertEquals(211378120, ack.mmsi());
        assertEquals(211217560, ack.destinationMmsi1());
        assertEquals(2, ack.sequenceNumber1());
        assertEquals(1, ack.destinationCount());
    }

    @Test
    void destinationCountFollowsGpsd() {
        // gpsd reads destination n when the message reaches past its first bit, 8 + 32 n.
        int[][] lengthAndCount = {{72, 1}, {73, 2}, {104, 2}, {105, 3}, {136, 3}, {137, 4}, {168, 4}, {200, 4}};
        for (int[] pair : lengthAndCount) {
            Acknowledgement ack = new Acknowledgement(7, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, pair[0]);
            assertEquals(pair[1], ack.destinationCount(), pair[0] + " bits");
        }
    }

    @Test
    void bitsAfterTheFourthDestinationAreKept() {
        BitWriter payload = new BitWriter().bits(7, 6).bits(0, 2).bits(1234, 30).bits(0, 2);
        for (int i = 1; i <= 4; i++) {
            payload.bits(100 + i, 30).bits(i - 1, 2);
        }
        payload.bits(0xABC, 12);
        Acknowledgement ack = (Acknowledgement) Sentences.decode(payload);
        assertEquals(104, ack.destinationMmsi4());
        assertEquals(3, ack.sequenceNumber4());
        assertEquals(0xABC, ack.trailingBits());
        assertEquals(payload.armoured(), Sentences.armoured(ack));
    }

    @Test
    void shorterThanOneDestinationIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(7, 6).padTo(71)));
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(13, 6).padTo(71)));
    }
}
