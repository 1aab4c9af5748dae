package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 12, addressed safety related message (ITU-R M.1371-5 §3.10): free text to one station.
 * 72 to 1008 bits: a 72-bit header, then six-bit characters up to the end of the message.
 *
 * @param messageType 12
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param sequenceNumber sequence number 0-3, acknowledged by message 13
 * @param destinationMmsi MMSI of the addressed station
 * @param retransmitted retransmit flag (true: the message is a retransmission)
 * @param spare the spare bit before the text, as sent
 * @param text the text as gpsd reads it: as many characters as the message holds, cut at the first
 *     {@code '@'} and stripped of trailing spaces
 * @param trailingBits the bits after the text up to the end of the message (what was cut from the
 *     text, and fill bits), at most 57, as an unsigned number
 * @param bitLength length of the message in bits (at least 72); {@link #encode} writes exactly this
 *     many bits
 */
public record AddressedSafetyMessage(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int sequenceNumber,
        int destinationMmsi,
        boolean retransmitted,
        int spare,
        String text,
        long trailingBits,
        int bitLength) implements AisMessage {

    /** Length of the header, the shortest message (no text); as gpsd, shorter ones are rejected. */
    public static final int MINIMUM_BITS = 72;

    /** Decodes a loaded message 12. */
    public static AddressedSafetyMessage decode(BitReader bits) {
        String text = bits.text(MINIMUM_BITS, (bits.bitLength() - MINIMUM_BITS) / 6);
        return new AddressedSafetyMessage(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.flag(70),
                bits.unsigned(71, 1),
                text,
                TrailingBits.read(bits, MINIMUM_BITS + 6 * text.length()),
                bits.bitLength());
    }

    @Override
    public void encode(BitWriter out) {
        new LengthBoundWriter(out, bitLength)
                .bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(sequenceNumber, 2)
                .bits(destinationMmsi, 30).bits(retransmitted ? 1 : 0, 1).bits(spare, 1)
                .text(text)
                .trailing(trailingBits)
                .finish();
    }
}
