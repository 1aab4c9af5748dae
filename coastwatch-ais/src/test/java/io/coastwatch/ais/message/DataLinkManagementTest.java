package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class DataLinkManagementTest {

    @Test
    void oneReservation() {
        DataLinkManagement management = (DataLinkManagement) Sentences.decode("!AIVDM,1,1,,A,Dh3OvjB8IN>4,0*1D");
        assertEquals(20, management.messageType());
        assertEquals(3, management.repeatIndicator());
        assertEquals(3669705, management.mmsi());
        assertEquals(2182, management.slotOffset1());
        assertEquals(5, management.slotCount1());
        assertEquals(7, management.timeoutMinutes1());
        assertEquals(225, management.slotIncrement1());
        assertEquals(0, management.slotOffset2());
        assertEquals(72, management.bitLength());
        assertEquals(1, management.reservationCount());
        assertEquals("Dh3OvjB8IN>4", Sentences.armoured(management));
    }

    @Test
    void threeReservations() {
        DataLinkManagement management = (DataLinkManagement) Sentences.decode(
                "!AIVDM,1,1,,B,D030p8@2tN?b<`O6DmQO6D0,2*5D");
        assertEquals(47, management.slotOffset1());
        assertEquals(2250, management.slotOffset2());
        assertEquals(1, management.slotCount2());
        assertEquals(1125, management.slotIncrement2());
        assertEquals(856, management.slotOffset3());
        assertEquals(5, management.slotCount3());
        assertEquals(0, management.slotOffset4());
        assertEquals(136, management.bitLength());
        assertEquals(3, management.reservationCount());
    }

    @Test
    void fourReservationsAndTrailingBits() {
        String payload = "D02=VVA8`N?`>4N01L=Nfp1>AA0";
        DataLinkManagement management = (DataLinkManagement) Sentences.decode("!AIVDM,1,1,,2," + payload + ",0*75");
        assertEquals(19, management.slotOffset4());
        assertEquals(9, management.slotCount4());
        assertEquals(0, management.timeoutMinutes4());
        assertEquals(1296, management.slotIncrement4());
        assertEquals(162, management.bitLength());
        assertEquals(4, management.reservationCount());
        assertEquals(payload, Sentences.armoured(management));
    }

    @Test
    void longMessageKeepsItsTrailingBits() {
        // 186 bits, the longest gpsd accepts: 26 bits after the fourth reservation.
        String payload = "D02E34iFTg6D000000000000002gjG2";
        DataLinkManagement management = (DataLinkManagement) Sentences.decode("!AIVDM,1,1,,2," + payload + ",0*75");
        assertEquals(1385, management.slotOffset1());
        assertEquals(186, management.bitLength());
        assertTrue(management.trailingBits() != 0);
        assertEquals(payload, Sentences.armoured(management));
    }

    @Test
    void reservationCountCountsWholeReservations() {
        int[][] lengthAndCount = {{72, 1}, {99, 1}, {100, 2}, {104, 2}, {136, 3}, {159, 3}, {160, 4}, {186, 4}};
        for (int[] pair : lengthAndCount) {
            DataLinkManagement management = new DataLinkManagement(20, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, pair[0]);
            assertEquals(pair[1], management.reservationCount(), pair[0] + " bits");
        }
    }

    @Test
    void spareBitsOfA72BitMessageShowInTheSecondOffsetAsInGpsd() {
        BitWriter payload = new BitWriter().bits(20, 6).bits(0, 2).bits(1, 30).bits(0, 2)
                .bits(100, 12).bits(1, 4).bits(7, 3).bits(0, 11).bits(0b11, 2);
        DataLinkManagement management = (DataLinkManagement) Sentences.decode(payload);
        assertEquals(0b11 << 10, management.slotOffset2());
        assertEquals(1, management.reservationCount());
        assertEquals(payload.armoured(), Sentences.armoured(management));
    }

    @Test
    void shorterThanOneReservationIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(20, 6).padTo(71)));
    }
}
