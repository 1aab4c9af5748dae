package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 20, data link management (ITU-R M.1371-5 §3.18): a base station reserves slots for its
 * own transmissions. 72, 104, 136 or 160 bits: a 40-bit header, then one to four 30-bit reservations
 * (slot offset, number of slots, time-out, increment), then spare bits up to a byte boundary.
 *
 * <p>Like gpsd, the decoder reads all four reservations whatever the length: a reservation cut short
 * by the end of the message holds the bits that were sent (so the two spare bits of a 72-bit message
 * show in the top of {@code slotOffset2}), zeros after; reservations past the end are zero.
 *
 * @param messageType 20
 * @param repeatIndicator 0-3
 * @param mmsi source (base station) MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param slotOffset1 offset from the current slot to the first reserved slot
 * @param slotCount1 number of consecutive slots reserved, 1-15 (0: not available)
 * @param timeoutMinutes1 time-out of the reservation in minutes, 0-7
 * @param slotIncrement1 increment between repeated reservations in slots (0: one reservation per
 *     frame)
 * @param slotOffset2 second reservation, as the first
 * @param slotCount2 its number of slots
 * @param timeoutMinutes2 its time-out
 * @param slotIncrement2 its increment
 * @param slotOffset3 third reservation, as the first
 * @param slotCount3 its number of slots
 * @param timeoutMinutes3 its time-out
 * @param slotIncrement3 its increment
 * @param slotOffset4 fourth reservation, as the first
 * @param slotCount4 its number of slots
 * @param timeoutMinutes4 its time-out
 * @param slotIncrement4 its increment
 * @param trailingBits the bits after the fourth reservation (gpsd accepts up to 26 of them), at most
 *     57, as an unsigned number; else 0
 * @param bitLength length of the message in bits (at least 72); it decides {@link #reservationCount()},
 *     and {@link #encode} writes exactly this many bits
 */
public record DataLinkManagement(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int slotOffset1,
        int slotCount1,
        int timeoutMinutes1,
        int slotIncrement1,
        int slotOffset2,
        int slotCount2,
        int timeoutMinutes2,
        int slotIncrement2,
        int slotOffset3,
        int slotCount3,
        int timeoutMinutes3,
        int slotIncrement3,
        int slotOffset4,
        int slotCount4,
        int timeoutMinutes4,
        int slotIncrement4,
        long trailingBits,
        int bitLength) implements AisMessage {

    /** Shortest length: one reservation. As gpsd, shorter messages are rejected. */
    public static final int MINIMUM_BITS = 72;
    /** Length of the whole layout, four reservations; any bits after it are trailing bits. */
    public static final int LAYOUT_BITS = 160;
    private static final int FIRST_RESERVATION = 40;
    private static final int RESERVATION_BITS = 30;

    /** Decodes a loaded message 20. */
    public static DataLinkManagement decode(BitReader bits) {
        return new DataLinkManagement(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 12),
                bits.unsigned(52, 4),
                bits.unsigned(56, 3),
                bits.unsigned(59, 11),
                bits.unsigned(70, 12),
                bits.unsigned(82, 4),
                bits.unsigned(86, 3),
                bits.unsigned(89, 11),
                bits.unsigned(100, 12),
                bits.unsigned(112, 4),
                bits.unsigned(116, 3),
                bits.unsigned(119, 11),
                bits.unsigned(130, 12),
                bits.unsigned(142, 4),
                bits.unsigned(146, 3),
                bits.unsigned(149, 11),
                TrailingBits.read(bits, LAYOUT_BITS),
                bits.bitLength());
    }

    @Override
    public void encode(BitWriter out) {
        new LengthBoundWriter(out, bitLength)
                .bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(slotOffset1, 12).bits(slotCount1, 4).bits(timeoutMinutes1, 3).bits(slotIncrement1, 11)
                .bits(slotOffset2, 12).bits(slotCount2, 4).bits(timeoutMinutes2, 3).bits(slotIncrement2, 11)
                .bits(slotOffset3, 12).bits(slotCount3, 4).bits(timeoutMinutes3, 3).bits(slotIncrement3, 11)
                .bits(slotOffset4, 12).bits(slotCount4, 4).bits(timeoutMinutes4, 3).bits(slotIncrement4, 11)
                .trailing(trailingBits)
                .finish();
    }

    /**
     * Number of reservations the message holds whole, 1-4 (72 bits: 1, 104: 2, 136: 3, 160: 4). gpsd
     * does not count them (it prints all four); the fields of the others are zero or spare bits.
     */
    public int reservationCount() {
        return Math.clamp((bitLength - FIRST_RESERVATION) / RESERVATION_BITS, 1, 4);
    }
}
