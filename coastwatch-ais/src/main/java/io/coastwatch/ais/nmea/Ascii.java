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
    private Ascii() {
    }

    /** Value of a hexadecimal digit, or -1. */
    static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }

    /** XOR of the bytes in {@code [from, to)}: the NMEA checksum. Eight bytes at a time. */
    static int xor(byte[] line, int from, int to) {
        long words = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            words ^= (long) LONGS.get(line, i);
        }
        words ^= words >>> 32;
        words ^= words >>> 16;
        words ^= words >>> 8;
        int sum = (int) words;
        for (; i < to; i++) {
            sum ^= line[i];
        }
        return sum & 0xFF;
    }

    /**
     * Index of the first {@code '*'} in {@code [from, to)}, or -1; eight bytes at a time (a SWAR
     * search: a byte equal to '*' becomes zero after XOR, and zero bytes are found arithmetically).
     */
    static int indexOfStar(byte[] line, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long stars = (long) LONGS.get(line, i) ^ STARS;
            long zeroBytes = (stars - ONES) & ~stars & HIGH_BITS;
            if (zeroBytes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (line[i] == '*') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the two hex digits at {@code at} equal {@code checksum}. */
    static boolean checksumMatches(byte[] line, int at, int end, int checksum) {
        if (at + 2 > end) {
            return false;
        }
        int high = hexDigit(line[at]);
        int low = hexDigit(line[at + 1]);
        return high >= 0 && low >= 0 && ((high << 4) | low) == checksum;
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
