package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 14, safety related broadcast message (ITU-R M.1371-5 §3.12): free text to all stations.
 * 40 to 1008 bits: a 40-bit header, then six-bit characters up to the end of the message.
 *
 * @param messageType 14
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param text the text as gpsd reads it: as many characters as the message holds, cut at the first
 *     {@code '@'} and stripped of trailing spaces
 * @param trailingBits the bits after the text up to the end of the message (what was cut from the
 *     text, and fill bits), at most 57, as an unsigned number
 * @param bitLength length of the message in bits (at least 40); {@link #encode} writes exactly this
 *     many bits
 */
public record SafetyBroadcastMessage(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        String text,
        long trailingBits,
        int bitLength) implements AisMessage {

    /** Length of the header, the shortest message (no text); as gpsd, shorter ones are rejected. */
    public static final int MINIMUM_BITS = 40;

    /** Decodes a loaded message 14. */
    public static SafetyBroadcastMessage decode(BitReader bits) {
        String text = bits.text(MINIMUM_BITS, (bits.bitLength() - MINIMUM_BITS) / 6);
        return new SafetyBroadcastMessage(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                text,
                TrailingBits.read(bits, MINIMUM_BITS + 6 * text.length()),
                bits.bitLength());
    }

    @Override
    public void encode(BitWriter out) {
        new LengthBoundWriter(out, bitLength)
                .bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .text(text)
                .trailing(trailingBits)
                .finish();
    }
}
