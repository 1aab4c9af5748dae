package io.coastwatch.ais.nmea;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Small helpers for ASCII bytes. */
final class Ascii {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long STARS = 0x2A2A2A2A2A2A2A2AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /**
     * Value of each byte as a hexadecimal digit, -1 when it is not one: a lookup, since a checksum's
     * digits are as random as the payload and branching on digit or letter mispredicts often.
     * Filled once, never written after.
     */
    private static final byte[] HEX_DIGITS = hexDigits();

    private Ascii() {
    }

    private static byte[] hexDigits() {
        byte[] table = new byte[256];
        java.util.Arrays.fill(table, (byte) -1);
        for (int value = 0; value < 16; value++) {
            table[Character.forDigit(value, 16)] = (byte) value;
            table[Character.toUpperCase(Character.forDigit(value, 16))] = (byte) value;
        }
        return table;
    }

    /** Value of a hexadecimal digit, or -1. */
    static int hexDigit(byte b) {
        return HEX_DIGITS[b & 0xFF];
    }

    /** XOR of the bytes in {@code [from, to)}: the NMEA checksum. */
    static int xor(byte[] line, int from, int to) {
        long words = 0;
        int i = from;
        for (; to - i >= Long.BYTES; i += Long.BYTES) {
            words ^= (long) LONGS.get(line, i);
        }
        int sum = fold(words);
        for (; i < to; i++) {
            sum ^= line[i];
        }
        return sum & 0xFF;
    }

    /**
     * Finds the first {@code '*'} in {@code [from, to)} and the XOR of the bytes before it, in one pass
     * eight bytes at a time (a SWAR search: a byte equal to '*' becomes zero after XOR with "********",
     * and the lowest zero byte is found arithmetically).
     *
     * @return {@code (checksum << 32) | index}, or -1 when there is no star
     */
    static long checksumToStar(byte[] line, int from, int to) {
        long words = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(line, i);
            long stars = word ^ STARS;
            long zeroBytes = (stars - ONES) & ~stars & HIGH_BITS;
            if (zeroBytes != 0) {
                int before = Long.numberOfTrailingZeros(zeroBytes) >>> 3;
                words ^= before == 0 ? 0 : word & (-1L >>> (64 - 8 * before));
                return ((long) fold(words) << 32) | (i + before);
            }
            words ^= word;
        }
        int sum = fold(words);
        for (; i < to; i++) {
            if (line[i] == '*') {
                return ((long) sum << 32) | i;
            }
            sum ^= line[i] & 0xFF;
        }
        return -1;
    }

    /** XOR of the eight bytes of a word. */
    private static int fold(long words) {
        long folded = words ^ (words >>> 32);
        folded ^= folded >>> 16;
        folded ^= folded >>> 8;
        return (int) folded & 0xFF;
    }

    /** Whether the two hex digits at {@code at} equal {@code checksum}. */
    static boolean checksumMatches(byte[] line, int at, int end, int checksum) {
        if (at + 2 > end) {
            return false;
        }
        int high = hexDigit(line[at]);
        int low = hexDigit(line[at + 1]);
        return (high | low) >= 0 && ((high << 4) | low) == checksum;
    }

    /**
     * Parses a non-negative decimal number in {@code [from, to)}; -1 when empty, not all digits, or
     * larger than 18 digits.
     */
    static long parseDecimal(byte[] line, int from, int to) {
        if (to - from == 1) {
            int digit = line[from] - '0';
            return digit >= 0 && digit <= 9 ? digit : -1;
        }
        if (from >= to || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Index of {@code b} in {@code [from, to)}, or -1. */
    static int indexOf(byte[] line, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
