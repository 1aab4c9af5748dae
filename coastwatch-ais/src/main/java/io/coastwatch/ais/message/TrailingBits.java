package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;

/**
 * The bits a variable-length message carries after its last field: spare bits up to a byte boundary,
 * or padding some transmitters add. Records keep them as an unsigned number so that encoding gives
 * back the message received; {@link LengthBoundWriter#trailing} writes them.
 */
final class TrailingBits {
    /** At most this many trailing bits are kept; a message longer than that loses the rest. */
    static final int MAXIMUM = 57;

    private TrailingBits() {
    }

    /** The bits from {@code start} to the end of the message, at most {@link #MAXIMUM}; 0 when none. */
    static long read(BitReader bits, int start) {
        int width = Math.clamp(bits.bitLength() - start, 0, MAXIMUM);
        return width == 0 ? 0 : bits.bits(start, width);
    }
}
