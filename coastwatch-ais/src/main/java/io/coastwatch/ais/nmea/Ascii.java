package io.coastwatch.ais.nmea;

/** Small helpers for ASCII bytes. */
final class Ascii {
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

    /** XOR of the bytes in {@code [from, to)}: the NMEA checksum. */
    static int xor(byte[] line, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum ^= line[i];
        }
        return sum & 0xFF;
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
