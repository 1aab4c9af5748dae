package io.coastwatch.ais.nmea;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns short ASCII byte ranges (tag-block source names, talker ids) into {@link String}s, returning
 * the same instance for the same bytes so that steady-state parsing allocates nothing.
 *
 * <p>Bounded: once {@code capacity} distinct values are held, new values are returned uncached.
 * Not thread-safe.
 */
final class TextCache {
    private final int mask;
    private final byte[][] keys;
    private final String[] values;
    private final int capacity;
    private int size;

    TextCache(int capacity) {
        int tableSize = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        this.mask = tableSize - 1;
        this.keys = new byte[tableSize][];
        this.values = new String[tableSize];
        this.capacity = capacity;
    }

    String get(byte[] line, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + line[i];
        }
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null) {
            if (Arrays.equals(keys[slot], 0, keys[slot].length, line, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String value = new String(line, from, to - from, StandardCharsets.ISO_8859_1);
        if (size < capacity) {
            keys[slot] = Arrays.copyOfRange(line, from, to);
            values[slot] = value;
            size++;
        }
        return value;
    }
}
