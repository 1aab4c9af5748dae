package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import java.util.Arrays;

/**
 * The binary data of messages 6, 8, 17, 25 and 26: {@code bitCount} bits, most significant bit
 * first, in {@code (bitCount + 7) / 8} bytes whose unused trailing bits are zero.
 *
 * <p>Unlike a bare array, two {@code BinaryData} are equal when they hold the same bits, so that the
 * message records holding one compare by content. The array belongs to this value and must not be
 * modified (see the package documentation).
 *
 * @param bytes the bits, exactly {@code (bitCount + 7) / 8} bytes, trailing bits zero
 * @param bitCount number of bits, 0 or more
 */
public record BinaryData(byte[] bytes, int bitCount) {

    /** No bits. */
    public static final BinaryData EMPTY = new BinaryData(new byte[0], 0);

    /**
     * @throws IllegalArgumentException when the array length does not match {@code bitCount} or
     *     the bits past {@code bitCount} are not zero
     */
    public BinaryData {
        if (bitCount < 0 || bytes.length != (bitCount + 7) >>> 3) {
            throw new IllegalArgumentException(bytes.length + " bytes cannot hold exactly " + bitCount + " bits");
        }
        int unused = bytes.length * 8 - bitCount;
        if (unused > 0 && (bytes[bytes.length - 1] & ((1 << unused) - 1)) != 0) {
            throw new IllegalArgumentException("the bits after the last of " + bitCount + " must be zero");
        }
    }

    /** Reads {@code bitCount} bits of a loaded message from bit {@code start} (bits past its end read as zero). */
    public static BinaryData read(BitReader bits, int start, int bitCount) {
        return bitCount <= 0 ? EMPTY : new BinaryData(bits.copyBits(start, bitCount), bitCount);
    }

    /** Appends the bits to {@code out}. */
    public BitWriter writeTo(BitWriter out) {
        return out.copy(bytes, bitCount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryData that && bitCount == that.bitCount && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + bitCount;
    }

    /** The bits as gpsd shows them: {@code "<bit count>:<hex>"}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(bitCount / 4 + 8).append(bitCount).append(':');
        for (byte b : bytes) {
            text.append(Character.forDigit((b >>> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }
}
