package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 25: single slot binary message (ITU-R M.1371-5 §3.25, Table 80), 40 to 168 bits: short
 * binary data, broadcast or addressed, unstructured or with a 16-bit application identifier.
 *
 * @param messageType always 25
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param addressed destination indicator: addressed to {@code destinationMmsi} (else broadcast)
 * @param structured binary data flag: the data starts with the application identifier
 * @param destinationMmsi MMSI of the addressed station; 0 (and not sent) when broadcast
 * @param applicationId application identifier, DAC (10 bits) then FI (6 bits); 0 (and not sent) when
 *     unstructured
 * @param data the binary data after the header, as gpsd cuts it: from the bit after the destination
 *     or application identifier to the end (an addressed message's two alignment spare bits included)
 */
public record SingleSlotBinaryMessage(
        int messageType,
        int repeatIndicator,
        int mmsi,
        boolean addressed,
        boolean structured,
        int destinationMmsi,
        int applicationId,
        BinaryData data) implements AisMessage {

    /** Fewest bits: the type, repeat indicator, MMSI and flags (more when addressed or structured). */
    public static final int MINIMUM_BITS = 40;
    /** Most bits gpsd accepts: one slot. */
    public static final int MAX_BITS = 168;

    /** Bits the loaded message needs for the fields its flags announce. */
    static int requiredBits(BitReader bits) {
        return SlotBinaryHeader.bits(bits);
    }

    /** Decodes a loaded message 25 that has at least {@link #requiredBits} bits. */
    public static SingleSlotBinaryMessage decode(BitReader bits) {
        int dataStart = SlotBinaryHeader.bits(bits);
        return new SingleSlotBinaryMessage(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.flag(38),
                bits.flag(39),
                SlotBinaryHeader.destinationMmsi(bits),
                SlotBinaryHeader.applicationId(bits),
                BinaryData.read(bits, dataStart, bits.bitLength() - dataStart));
    }

    @Override
    public void encode(BitWriter out) {
        SlotBinaryHeader.write(out, messageType, repeatIndicator, mmsi, addressed, structured, destinationMmsi,
                applicationId);
        data.writeTo(out);
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
