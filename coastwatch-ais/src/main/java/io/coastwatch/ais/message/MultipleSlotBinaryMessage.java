package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 26: multiple slot binary message with communications state (ITU-R M.1371-5 §3.26,
 * Table 82), 60 to 1004 bits: binary data, broadcast or addressed, unstructured or with a 16-bit
 * application identifier, followed by the 20-bit communication state.
 *
 * @param messageType always 26
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param addressed destination indicator: addressed to {@code destinationMmsi} (else broadcast)
 * @param structured binary data flag: the data starts with the application identifier
 * @param destinationMmsi MMSI of the addressed station; 0 (and not sent) when broadcast
 * @param applicationId application identifier, DAC (10 bits) then FI (6 bits); 0 (and not sent) when
 *     unstructured
 * @param data the binary data, as gpsd cuts it: from the bit after the destination or application
 *     identifier up to the communication state (alignment spare bits included)
 * @param itdmaState communication state selector: ITDMA state follows (else SOTDMA)
 * @param radioStatus SOTDMA or ITDMA communication state, 19 bits
 */
public record MultipleSlotBinaryMessage(
        int messageType,
        int repeatIndicator,
        int mmsi,
        boolean addressed,
        boolean structured,
        int destinationMmsi,
        int applicationId,
        BinaryData data,
        boolean itdmaState,
        int radioStatus) implements AisMessage {

    /** Fewest bits: type, repeat indicator, MMSI, flags and communication state (more when addressed or structured). */
    public static final int MINIMUM_BITS = 60;
    /** Most bits gpsd accepts. */
    public static final int MAX_BITS = 1004;
    /** Bits of the communication state (selector flag and state) that end the message. */
    public static final int COMMUNICATION_STATE_BITS = 20;

    /** Bits the loaded message needs for the fields its flags announce. */
    static int requiredBits(BitReader bits) {
        return SlotBinaryHeader.bits(bits) + COMMUNICATION_STATE_BITS;
    }

    /** Decodes a loaded message 26 that has at least {@link #requiredBits} bits. */
    public static MultipleSlotBinaryMessage decode(BitReader bits) {
        int dataStart = SlotBinaryHeader.bits(bits);
        int stateStart = Math.max(dataStart, bits.bitLength() - COMMUNICATION_STATE_BITS);
        return new MultipleSlotBinaryMessage(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.flag(38),
                bits.flag(39),
                SlotBinaryHeader.destinationMmsi(bits),
                SlotBinaryHeader.applicationId(bits),
                BinaryData.read(bits, dataStart, stateStart - dataStart),
                bits.flag(stateStart),
                bits.unsigned(stateStart + 1, 19));
    }

    @Override
    public void encode(BitWriter out) {
        SlotBinaryHeader.write(out, messageType, repeatIndicator, mmsi, addressed, structured, destinationMmsi,
                applicationId);
        data.writeTo(out).flag(itdmaState).bits(radioStatus, 19);
    }

    /** DAC of the application identifier, or -1 when the data is unstructured. */
    public int designatedAreaCode() {
        return SlotBinaryHeader.designatedAreaCode(structured, applicationId);
    }

    /** FI of the application identifier, or -1 when the data is unstructured. */
    public int functionId() {
        return SlotBinaryHeader.functionId(structured, applicationId);
    }
}
