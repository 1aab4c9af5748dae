package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * Text description, DAC 1 FI 30 addressed in message 6 or FI 29 broadcast in message 8 (IMO
 * SN.1/Circ.289 §7): a message linkage identifier and six-bit text filling the rest of the data.
 *
 * @param messageLinkageId links this text to related messages from the same source, 10 bits
 * @param text the text, cut at the first {@code '@'} and trimmed of trailing spaces
 */
public record TextDescription(int messageLinkageId, String text) implements ApplicationData {

    private static final int TEXT_START = 10;

    /** Decodes the application data (bit 0 is the first bit after the FI): all whole characters. */
    static TextDescription decode(BitReader bits) {
        return new TextDescription(bits.unsigned(0, 10),
                bits.text(TEXT_START, Math.max(0, bits.bitLength() - TEXT_START) / 6));
    }
}
