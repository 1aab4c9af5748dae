package io.coastwatch.ais.bits;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small direct-mapped cache of decoded texts: the same ASCII bytes give back the same
 * {@link String}, so that the names, call signs and destinations each vessel repeats every few
 * minutes are not allocated again (and are shared by everything that keeps them). A miss replaces
 * the slot's entry. Not thread-safe.
 */
final class RecentTexts {
    /** Enough for the names, call signs and destinations of a few thousand vessels with few collisions. */
    private static final int SLOT_BITS = 14;
    private static final int SLOTS = 1 << SLOT_BITS;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];

    String get(byte[] chars, int from, int to) {
        if (from == to) {
            return "";
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - SLOT_BITS); // Fibonacci hashing: all bits count
        byte[] key = keys[slot];
        if (key != null && Arrays.equals(key, 0, key.length, chars, from, to)) {
            return values[slot];
        }
        String value = new String(chars, from, to - from, StandardCharsets.ISO_8859_1);
        keys[slot] = Arrays.copyOfRange(chars, from, to);
        values[slot] = value;
        return value;
    }
}
