package io.coastwatch.ais.bits;

import java.util.Arrays;

/**
 * Builds the bits of one AIS message payload, field by field, most significant bit first, and
 * armours them into six-bit characters.
 *
 * <p>Not thread-safe; reusable after {@link #reset()}.
 */
public final class BitWriter {
    private byte[] bytes = new byte[64];
    private int bitLength;

    /** Empties the writer. */
    public BitWriter reset() {
        Arrays.fill(bytes, 0, Math.min(bytes.length, (bitLength >>> 3) + 1), (byte) 0);
        bitLength = 0;
        return this;
    }

    /** Number of bits written so far. */
    public int bitLength() {
        return bitLength;
    }

    /** Appends the low {@code width} bits (1 to 64) of {@code value}. */
    public BitWriter bits(long value, int width) {
        ensure(bitLength + width);
        for (int i = width - 1; i >= 0; i--) {
            if (((value >>> i) & 1) != 0) {
                bytes[bitLength >>> 3] |= (byte) (0x80 >>> (bitLength & 7));
            }
            bitLength++;
        }
        return this;
    }

    /** Appends a one-bit flag. */
    public BitWriter flag(boolean value) {
        return bits(value ? 1 : 0, 1);
    }

    /**
     * Appends a six-bit text field of exactly {@code characters} characters: the text is cut to fit
     * and padded with {@code '@'} (six-bit 0), as ITU-R M.1371 asks.
     */
    public BitWriter text(String text, int characters) {
        for (int i = 0; i < characters; i++) {
            bits(i < text.length() ? SixBit.fromAscii(text.charAt(i)) : 0, 6);
        }
        return this;
    }

    /** Appends {@code bitCount} bits from the start of {@code data}, most significant bit first. */
    public BitWriter copy(byte[] data, int bitCount) {
        for (int i = 0; i < bitCount; i++) {
            bits((data[i >>> 3] >>> (7 - (i & 7))) & 1, 1);
        }
        return this;
    }

    /** Appends zero bits up to {@code totalBits} bits in all (no-op when already that long). */
    public BitWriter padTo(int totalBits) {
        if (totalBits > bitLength) {
            ensure(totalBits);
            bitLength = totalBits;
        }
        return this;
    }

    /** Number of fill bits needed to end the payload on a six-bit boundary. */
    public int fillBits() {
        return (6 - bitLength % 6) % 6;
    }

    /** The payload armoured as six-bit characters, fill bits set to zero. */
    public String armoured() {
        int characters = (bitLength + 5) / 6;
        char[] out = new char[characters];
        for (int i = 0; i < characters; i++) {
            int value = 0;
            for (int b = 0; b < 6; b++) {
                int bit = 6 * i + b;
                value = (value << 1) | (bit < bitLength ? (bytes[bit >>> 3] >>> (7 - (bit & 7))) & 1 : 0);
            }
            out[i] = SixBit.armour(value);
        }
        return new String(out);
    }

    private void ensure(int bits) {
        int needed = (bits >>> 3) + 2;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
