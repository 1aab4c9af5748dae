package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 15, interrogation (ITU-R M.1371-5 §3.13): asks one or two stations to transmit given
 * message types at given slot offsets. 88 to 160 bits, holding one to three requests: two for the
 * first station, one for the second.
 *
 * <p>The fields are read as gpsd reads them: the second request from messages longer than 90 bits,
 * the second station's from messages longer than 110 bits, zero otherwise; a field cut short by the
 * end of the message holds the bits that were sent, zeros after. {@link #requestCount()} counts the
 * requests the message holds whole, so that the usual two-request message, padded to 112 bits, counts
 * two (gpsd would read a second station from its two padding bits).
 *
 * @param messageType 15
 * @param repeatIndicator 0-3
 * @param mmsi source (interrogating) MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param destinationMmsi1 first interrogated station
 * @param requestedType1 first message type requested from it
 * @param slotOffset1 slot offset of the response to the first request
 * @param spare2 two spare bits after the first request, as sent
 * @param requestedType2 second message type requested from the first station, 0 when absent
 * @param slotOffset2 slot offset of the response to the second request
 * @param spare3 two spare bits after the second request, as sent
 * @param destinationMmsi2 second interrogated station, 0 when absent
 * @param requestedType3 message type requested from the second station
 * @param slotOffset3 slot offset of the response to the third request
 * @param spare4 two spare bits that end a three-request message, as sent
 * @param trailingBits the bits after {@code spare4} (8 in the 168-bit messages some stations send),
 *     at most 57, as an unsigned number; else 0
 * @param bitLength length of the message in bits (at least 88); it decides {@link #requestCount()}, and
 *     {@link #encode} writes exactly this many bits
 */
public record Interrogation(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int destinationMmsi1,
        int requestedType1,
        int slotOffset1,
        int spare2,
        int requestedType2,
        int slotOffset2,
        int spare3,
        int destinationMmsi2,
        int requestedType3,
        int slotOffset3,
        int spare4,
        long trailingBits,
        int bitLength) implements AisMessage {

    /** Shortest length: one request. As gpsd, shorter messages are rejected. */
    public static final int MINIMUM_BITS = 88;
    /** Length of the whole layout, three requests; any bits after it are trailing bits. */
    public static final int LAYOUT_BITS = 160;
    /** End of the second request: the shortest message holding it whole. */
    private static final int TWO_REQUESTS_BITS = 108;
    /** End of the second station's request: the shortest message holding it whole. */
    private static final int THREE_REQUESTS_BITS = 158;

    /** Decodes a loaded message 15. */
    public static Interrogation decode(BitReader bits) {
        return new Interrogation(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.unsigned(70, 6),
                bits.unsigned(76, 12),
                bits.unsigned(88, 2),
                bits.unsigned(90, 6),
                bits.unsigned(96, 12),
                bits.unsigned(108, 2),
                bits.unsigned(110, 30),
                bits.unsigned(140, 6),
                bits.unsigned(146, 12),
                bits.unsigned(158, 2),
                TrailingBits.read(bits, LAYOUT_BITS),
                bits.bitLength());
    }

    @Override
    public void encode(BitWriter out) {
        new LengthBoundWriter(out, bitLength)
                .bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(destinationMmsi1, 30).bits(requestedType1, 6).bits(slotOffset1, 12).bits(spare2, 2)
                .bits(requestedType2, 6).bits(slotOffset2, 12).bits(spare3, 2)
                .bits(destinationMmsi2, 30).bits(requestedType3, 6).bits(slotOffset3, 12).bits(spare4, 2)
                .trailing(trailingBits)
                .finish();
    }

    /**
     * Number of requests the message holds whole, 1-3: 1 (first station, one message), 2 (first
     * station, two messages) or 3 (and one message from the second station).
     */
    public int requestCount() {
        if (bitLength < TWO_REQUESTS_BITS) {
            return 1;
        }
        return bitLength < THREE_REQUESTS_BITS ? 2 : 3;
    }
}
