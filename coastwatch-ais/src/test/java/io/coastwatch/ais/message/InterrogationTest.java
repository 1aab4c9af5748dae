package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class InterrogationTest {

    @Test
    void oneRequest() {
        Interrogation interrogation = (Interrogation) Sentences.decode("!AIVDM,1,1,,A,?5OP=l00052HD00,2*5B");
        assertEquals(15, interrogation.messageType());
        assertEquals(368578000, interrogation.mmsi());
        assertEquals(5158, interrogation.destinationMmsi1());
        assertEquals(5, interrogation.requestedType1());
        assertEquals(0, interrogation.slotOffset1());
        assertEquals(0, interrogation.requestedType2());
        assertEquals(88, interrogation.bitLength());
        assertEquals(1, interrogation.requestCount());
        assertEquals("?5OP=l00052HD00", Sentences.armoured(interrogation));
    }

    @Test
    void twoRequestsPaddedTo112Bits() {
        Interrogation interrogation = (Interrogation) Sentences.decode(
                "!AIVDM,1,1,,B,?h3Ovn1GP<K0<P@59a0,2*04,d-077,S1832,t004248.00,T48.85520485,r07RPAL1,1272415370");
        assertEquals(3, interrogation.repeatIndicator());
        assertEquals(367014320, interrogation.destinationMmsi1());
        assertEquals(3, interrogation.requestedType1());
        assertEquals(516, interrogation.slotOffset1());
        assertEquals(5, interrogation.requestedType2());
        assertEquals(617, interrogation.slotOffset2());
        assertEquals(0, interrogation.destinationMmsi2());
        assertEquals(112, interrogation.bitLength());
        assertEquals(2, interrogation.requestCount());
    }

    @Test
    void twoStationsWithTrailingBits() {
        String payload = "?39a?2PjKFFPD01o:Gq1igvp2<3w";
        Interrogation interrogation = (Interrogation) Sentences.decode("!AIVDM,1,1,,A," + payload + ",0*0B");
        assertEquals(211507560, interrogation.destinationMmsi1());
        assertEquals(1, interrogation.spare2());
        assertEquals(55, interrogation.requestedType2());
        assertEquals(663, interrogation.slotOffset2());
        assertEquals(3, interrogation.spare3());
        assertEquals(605843451, interrogation.destinationMmsi2());
        assertEquals(32, interrogation.requestedType3());
        assertEquals(560, interrogation.slotOffset3());
        assertEquals(168, interrogation.bitLength());
        assertEquals(3, interrogation.requestCount());
        assertEquals(payload, Sentences.armoured(interrogation), "the 8 bits after the layout are kept");
    }

    @Test
    void requestCountCountsWholeRequests() {
        int[][] lengthAndCount = {{88, 1}, {107, 1}, {108, 2}, {112, 2}, {157, 2}, {158, 3}, {160, 3}};
        for (int[] pair : lengthAndCount) {
            Interrogation interrogation = new Interrogation(15, 0, 1, 0, 2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, pair[0]);
            assertEquals(pair[1], interrogation.requestCount(), pair[0] + " bits");
        }
    }

    @Test
    void secondRequestCutShortKeepsItsLeadingBits() {
        // 100 bits: the second request's slot offset has 4 of its 12 bits (1010), read as gpsd does.
        BitWriter payload = new BitWriter().bits(15, 6).bits(0, 2).bits(1, 30).bits(0, 2).bits(2, 30).bits(5, 6)
                .bits(0, 12).bits(0, 2).bits(24, 6).bits(0b1010, 4);
        Interrogation interrogation = (Interrogation) Sentences.decode(payload);
        assertEquals(24, interrogation.requestedType2());
        assertEquals(0b1010_0000_0000, interrogation.slotOffset2());
        assertEquals(1, interrogation.requestCount());
        assertEquals(payload.armoured(), Sentences.armoured(interrogation));
        assertEquals(100, Sentences.encodedBits(interrogation));
    }

    @Test
    void shorterThanOneRequestIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(15, 6).padTo(87)));
    }
}
