package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 7, binary acknowledge (ITU-R M.1371-5 §3.5), and message 13, safety related
 * acknowledgement (§3.11, same layout): acknowledges addressed messages 6 or 12 from one to four
 * stations. 72, 104, 136 or 168 bits: a 40-bit header, then 32 bits per destination (MMSI and
 * sequence number).
 *
 * <p>The number of destinations follows the message length as gpsd decodes it: destination
 * <i>n</i> (1-4) is present when the message reaches past its first bit, bit 8 + 32·<i>n</i>. A
 * destination cut short by the end of the message holds the bits that were sent, zeros after;
 * destinations past the end are zero.
 *
 * @param messageType 7 or 13
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param destinationMmsi1 MMSI of the first acknowledged station
 * @param sequenceNumber1 sequence number (0-3) of the acknowledged message of the first station
 * @param destinationMmsi2 second station, 0 when absent
 * @param sequenceNumber2 its sequence number
 * @param destinationMmsi3 third station, 0 when absent
 * @param sequenceNumber3 its sequence number
 * @param destinationMmsi4 fourth station, 0 when absent
 * @param sequenceNumber4 its sequence number
 * @param trailingBits the bits after the fourth destination (in a message longer than 168 bits, which
 *     gpsd rejects), at most 57, as an unsigned number; else 0
 * @param bitLength length of the message in bits (at least 72); it decides {@link #destinationCount()},
 *     and {@link #encode} writes exactly this many bits
 */
public record Acknowledgement(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int destinationMmsi1,
        int sequenceNumber1,
        int destinationMmsi2,
        int sequenceNumber2,
        int destinationMmsi3,
        int sequenceNumber3,
        int destinationMmsi4,
        int sequenceNumber4,
        long trailingBits,
        int bitLength) implements AisMessage {

    /** Shortest length: one destination. As gpsd, shorter messages are rejected. */
    public static final int MINIMUM_BITS = 72;
    /** Length of the whole layout, four destinations; any bits after it are trailing bits. */
    public static final int LAYOUT_BITS = 168;
    private static final int FIRST_DESTINATION = 40;
    private static final int DESTINATION_BITS = 32;

    /** Decodes a loaded message 7 or 13. */
    public static Acknowledgement decode(BitReader bits) {
        return new Acknowledgement(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.unsigned(70, 2),
                bits.unsigned(72, 30),
                bits.unsigned(102, 2),
                bits.unsigned(104, 30),
                bits.unsigned(134, 2),
                bits.unsigned(136, 30),
                bits.unsigned(166, 2),
                TrailingBits.read(bits, LAYOUT_BITS),
                bits.bitLength());
    }

    @Override
    public void encode(BitWriter out) {
        LengthBoundWriter fields = new LengthBoundWriter(out, bitLength);
        fields.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(destinationMmsi1, 30).bits(sequenceNumber1, 2)
                .bits(destinationMmsi2, 30).bits(sequenceNumber2, 2)
                .bits(destinationMmsi3, 30).bits(sequenceNumber3, 2)
                .bits(destinationMmsi4, 30).bits(sequenceNumber4, 2)
                .trailing(trailingBits)
                .finish();
    }

    /** Number of acknowledged stations, 1-4, from the message length as gpsd counts them. */
    public int destinationCount() {
        int afterHeader = bitLength - FIRST_DESTINATION;
        return Math.clamp((afterHeader + DESTINATION_BITS - 1) / DESTINATION_BITS, 1, 4);
    }
}
