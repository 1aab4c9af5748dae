package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.bits.SixBit;

/**
 * Writes the fields of a variable-length message so that exactly the message's own number of bits
 * comes out: a field that crosses the end is cut to its leading bits, fields wholly past the end
 * are dropped, and a message longer than its fields is padded with zero bits.
 *
 * <p>It is the mirror of {@link io.coastwatch.ais.bits.BitReader}, which reads the missing trailing
 * bits of a field cut by the end of the payload as zeros: the field's leading bits are the bits that
 * were sent, so writing only those gives back the bits received.
 */
final class LengthBoundWriter {
    private final BitWriter out;
    private final int end;

    /**
     * @param out the writer, positioned at the start of the message
     * @param bitLength number of bits the message is to have
     */
    LengthBoundWriter(BitWriter out, int bitLength) {
        this.out = out;
        this.end = out.bitLength() + bitLength;
    }

    /** Appends the leading bits of a {@code width}-bit field that fit before the end. */
    LengthBoundWriter bits(long value, int width) {
        int room = end - out.bitLength();
        if (room >= width) {
            out.bits(value, width);
        } else if (room > 0) {
            out.bits(value >>> (width - room), room);
        }
        return this;
    }

    /** Appends {@code text} as six-bit characters, as many as fit before the end. */
    LengthBoundWriter text(String text) {
        for (int i = 0; i < text.length(); i++) {
            bits(SixBit.fromAscii(text.charAt(i)), 6);
        }
        return this;
    }

    /**
     * Appends the trailing bits read by {@link TrailingBits#read} from the current position: as many
     * as remain to the end, at most {@link TrailingBits#MAXIMUM}.
     */
    LengthBoundWriter trailing(long trailingBits) {
        int width = Math.clamp(end - out.bitLength(), 0, TrailingBits.MAXIMUM);
        if (width > 0) {
            out.bits(trailingBits, width);
        }
        return this;
    }

    /** Pads with zero bits up to the message's length. */
    void finish() {
        out.padTo(end);
    }
}
