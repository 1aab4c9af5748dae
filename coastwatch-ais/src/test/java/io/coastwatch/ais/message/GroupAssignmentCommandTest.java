package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class GroupAssignmentCommandTest {
    private static final double EPSILON = 1e-9;

    @Test
    void decodesAreaAndAddressees() {
        String payload = "G02:Kn01R`sn@291nj600000900";
        GroupAssignmentCommand command = (GroupAssignmentCommand) Sentences.decode(
                "!AIVDM,1,1,,B," + payload + ",2*12");
        assertEquals(23, command.messageType());
        assertEquals(2268120, command.mmsi());
        assertEquals(1578, command.northEastLongitudeTenthMinute());
        assertEquals(30642, command.northEastLatitudeTenthMinute());
        assertEquals(1096, command.southWestLongitudeTenthMinute());
        assertEquals(30408, command.southWestLatitudeTenthMinute());
        assertEquals(2.63, command.northEastLongitudeDegrees(), EPSILON);
        assertEquals(51.07, command.northEastLatitudeDegrees(), EPSILON);
        assertEquals(1.8266666667, command.southWestLongitudeDegrees(), EPSILON);
        assertEquals(50.68, command.southWestLatitudeDegrees(), EPSILON);
        assertEquals(6, command.stationType());
        assertEquals(0, command.shipType());
        assertEquals(0, command.txRxMode());
        assertEquals(9, command.reportingInterval());
        assertEquals(0, command.quietTimeMinutes());
        assertEquals(payload, Sentences.armoured(command));
    }

    @Test
    void fieldsAfterTheShipTypeFollowTheItuLayout() {
        // gpsd reads a 4-bit Tx/Rx mode at bit 144; ITU-R M.1371-5 has 2 bits, then the interval.
        BitWriter payload = new BitWriter().bits(23, 6).bits(0, 2).bits(1, 30).bits(0, 2)
                .bits(0, 18).bits(0, 17).bits(0, 18).bits(0, 17).bits(2, 4).bits(37, 8).bits(0x2AAAAA, 22)
                .bits(2, 2).bits(10, 4).bits(15, 4).bits(0b101, 6);
        GroupAssignmentCommand command = (GroupAssignmentCommand) Sentences.decode(payload);
        assertEquals(2, command.stationType());
        assertEquals(37, command.shipType());
        assertEquals(0x2AAAAA, command.spare2());
        assertEquals(2, command.txRxMode());
        assertEquals(10, command.reportingInterval());
        assertEquals(15, command.quietTimeMinutes());
        assertEquals(0b101, command.trailingSpare());
        assertEquals(payload.armoured(), Sentences.armoured(command));
    }

    @Test
    void cornerNotAvailable() {
        GroupAssignmentCommand command = new GroupAssignmentCommand(23, 0, 1, 0, 181 * 600, 91 * 600, 0, 0,
                0, 0, 0, 0, 0, 0, 0);
        assertEquals(Double.NaN, command.northEastLongitudeDegrees());
        assertEquals(Double.NaN, command.northEastLatitudeDegrees());
        assertEquals(0.0, command.southWestLongitudeDegrees());
    }

    @Test
    void shorterThan160BitsIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(23, 6).padTo(159)));
    }
}
