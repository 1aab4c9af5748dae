package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 16, assigned mode command (ITU-R M.1371-5 §3.14): a base station assigns a reporting
 * schedule to one or two stations. 96 bits with one assignment (4 of them spare), 144 with two.
 *
 * <p>As in gpsd, the second assignment is read only from messages of at least 144 bits; in shorter
 * ones its fields are zero and the bits after the first assignment are trailing bits.
 *
 * @param messageType 16
 * @param repeatIndicator 0-3
 * @param mmsi source (base station) MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param destinationMmsiA first assigned station
 * @param slotOffsetA offset from the current slot to its first assigned slot
 * @param incrementA increment to its next assigned slot (0: the offset gives a rate in reports per
 *     10 minutes instead)
 * @param destinationMmsiB second assigned station, 0 when absent
 * @param slotOffsetB its slot offset, 0 when absent
 * @param incrementB its increment, 0 when absent
 * @param trailingBits the bits after the last assignment up to the end of the message (the 4 spare
 *     bits of a 96-bit message; none in a 144-bit one), at most 57, as an unsigned number
 * @param bitLength length of the message in bits (at least 96); it decides
 *     {@link #assignmentCount()}, and {@link #encode} writes exactly this many bits
 */
public record AssignmentModeCommand(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int destinationMmsiA,
        int slotOffsetA,
        int incrementA,
        int destinationMmsiB,
        int slotOffsetB,
        int incrementB,
        long trailingBits,
        int bitLength) implements AisMessage {

    /** Shortest length: one assignment. As gpsd, shorter messages are rejected. */
    public static final int MINIMUM_BITS = 96;
    /** Shortest length that holds a second assignment. */
    public static final int TWO_ASSIGNMENTS_BITS = 144;
    /** End of the first assignment, start of the second. */
    private static final int SECOND_ASSIGNMENT = 92;

    /** Decodes a loaded message 16. */
    public static AssignmentModeCommand decode(BitReader bits) {
        int bitLength = bits.bitLength();
        boolean twoAssignments = bitLength >= TWO_ASSIGNMENTS_BITS;
        return new AssignmentModeCommand(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.unsigned(70, 12),
                bits.unsigned(82, 10),
                twoAssignments ? bits.unsigned(92, 30) : 0,
                twoAssignments ? bits.unsigned(122, 12) : 0,
                twoAssignments ? bits.unsigned(134, 10) : 0,
                TrailingBits.read(bits, twoAssignments ? TWO_ASSIGNMENTS_BITS : SECOND_ASSIGNMENT),
                bitLength);
    }

    @Override
    public void encode(BitWriter out) {
        LengthBoundWriter fields = new LengthBoundWriter(out, bitLength)
                .bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(destinationMmsiA, 30).bits(slotOffsetA, 12).bits(incrementA, 10);
        if (assignmentCount() == 2) {
            fields.bits(destinationMmsiB, 30).bits(slotOffsetB, 12).bits(incrementB, 10);
        }
        fields.trailing(trailingBits).finish();
    }

    /** Number of assignments, 1 or 2, from the message length as gpsd counts them. */
    public int assignmentCount() {
        return bitLength >= TWO_ASSIGNMENTS_BITS ? 2 : 1;
    }
}
