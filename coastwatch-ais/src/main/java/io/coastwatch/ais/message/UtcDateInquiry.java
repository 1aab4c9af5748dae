package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 10, UTC and date inquiry (ITU-R M.1371-5 §3.8): asks one station for its UTC time and date
 * (answered by message 11). 72 bits.
 *
 * @param messageType 10
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param destinationMmsi MMSI of the station asked
 * @param trailingSpare the two spare bits that end the message, as sent
 */
public record UtcDateInquiry(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int destinationMmsi,
        int trailingSpare) implements AisMessage {

    /** Nominal length in bits; as gpsd, shorter messages are rejected. */
    public static final int BITS = 72;

    /** Decodes a loaded message 10. */
    public static UtcDateInquiry decode(BitReader bits) {
        return new UtcDateInquiry(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.unsigned(70, 2));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(destinationMmsi, 30).bits(trailingSpare, 2);
    }
}
