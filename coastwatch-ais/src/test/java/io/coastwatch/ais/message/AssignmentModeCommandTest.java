package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class AssignmentModeCommandTest {

    @Test
    void oneAssignment() {
        AssignmentModeCommand command = (AssignmentModeCommand) Sentences.decode(
                "!AIVDM,1,1,,A,@01uEO@mMk7P<P00,0*18");
        assertEquals(16, command.messageType());
        assertEquals(2053501, command.mmsi());
        assertEquals(224251000, command.destinationMmsiA());
        assertEquals(200, command.slotOffsetA());
        assertEquals(0, command.incrementA());
        assertEquals(0, command.destinationMmsiB());
        assertEquals(96, command.bitLength());
        assertEquals(1, command.assignmentCount());
        assertEquals("@01uEO@mMk7P<P00", Sentences.armoured(command));
    }

    @Test
    void twoAssignments() {
        String payload = "@6STUk004lQ206bCKNOBAb6SJ@5s";
        AssignmentModeCommand command = (AssignmentModeCommand) Sentences.decode(
                "!AIVDM,1,1,,B," + payload + ",0*74");
        assertEquals(439952844, command.mmsi());
        assertEquals(315920, command.destinationMmsiA());
        assertEquals(2049, command.slotOffsetA());
        assertEquals(681, command.incrementA());
        assertEquals(230137673, command.destinationMmsiB());
        assertEquals(424, command.slotOffsetB());
        assertEquals(419, command.incrementB());
        assertEquals(168, command.bitLength());
        assertEquals(2, command.assignmentCount());
        assertEquals(payload, Sentences.armoured(command), "the 24 bits after the second assignment are kept");
    }

    @Test
    void secondAssignmentOnlyFrom144BitsAsInGpsd() {
        // 143 bits: the second assignment is all but whole; gpsd ignores it, its bits are trailing bits.
        BitWriter payload = new BitWriter().bits(16, 6).bits(0, 2).bits(1, 30).bits(0, 2)
                .bits(2, 30).bits(3, 12).bits(4, 10).bits(5, 30).bits(6, 12).bits(7, 9);
        AssignmentModeCommand command = (AssignmentModeCommand) Sentences.decode(payload);
        assertEquals(1, command.assignmentCount());
        assertEquals(0, command.destinationMmsiB());
        assertEquals(0, command.slotOffsetB());
        assertEquals(0, command.incrementB());
        assertEquals((5L << 21) | (6 << 9) | 7, command.trailingBits());
        assertEquals(payload.armoured(), Sentences.armoured(command));
    }

    @Test
    void shorterThan96BitsIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(16, 6).padTo(95)));
    }
}
