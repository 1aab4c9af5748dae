package io.coastwatch.ais.bits;

/**
 * A cache of decoded texts keyed by the bits of their field: the same field bits give back the same
 * {@link String}, so that the names, call signs and destinations each vessel repeats every few
 * minutes are neither taken apart character by character nor allocated again (and are shared by
 * everything that keeps them). Fields of up to {@link #MAX_CHARACTERS} characters (120 bits, two
 * words) are cached. Two-way set-associative: a key lives in one of the two slots of its set; a miss
 * fills an empty one, else replaces the first. Not thread-safe.
 */
final class RecentTexts {
    /** Longest field cached: the names and destinations of ITU-R M.1371 are 20 characters. */
    static final int MAX_CHARACTERS = 20;
    /** Enough for the names, call signs and destinations of a few thousand vessels with few collisions. */
    private static final int SLOT_BITS = 14;
    private static final int SLOTS = 1 << SLOT_BITS;

    private final long[] firstBits = new long[SLOTS];
    private final long[] restBits = new long[SLOTS];
    /** {@link #shape}s; 0 for an empty slot. */
    private final int[] shapes = new int[SLOTS];
    private final String[] values = new String[SLOTS];

    /**
     * What besides its bits tells a field apart: its length (1 to {@link #MAX_CHARACTERS}) and
     * whether trailing spaces are trimmed. Never 0.
     */
    static int shape(int characters, boolean trimmed) {
        return characters << 1 | (trimmed ? 1 : 0);
    }

    /**
     * The text cached for this field, or {@code null}.
     *
     * @param first the field's first ten characters (or fewer), right-aligned
     * @param rest the following ones, right-aligned (0 when none)
     * @param shape from {@link #shape}
     */
    String get(long first, long rest, int shape) {
        int slot = firstSlot(first, rest, shape);
        if (matches(slot, first, rest, shape)) {
            return values[slot];
        }
        return matches(slot + 1, first, rest, shape) ? values[slot + 1] : null;
    }

    /** Caches {@code text} for a field that {@link #get} did not find. */
    void put(long first, long rest, int shape, String text) {
        int slot = firstSlot(first, rest, shape);
        if (shapes[slot] != 0 && shapes[slot + 1] == 0) {
            slot++;
        }
        firstBits[slot] = first;
        restBits[slot] = rest;
        shapes[slot] = shape;
        values[slot] = text;
    }

    private boolean matches(int slot, long first, long rest, int shape) {
        return shapes[slot] == shape && firstBits[slot] == first && restBits[slot] == rest;
    }

    private static int firstSlot(long first, long rest, int shape) {
        long hash = (first * 0x9E3779B97F4A7C15L + rest) * 0xC2B2AE3D27D4EB4FL + shape;
        hash *= 0x9E3779B97F4A7C15L;
        return (int) (hash >>> (Long.SIZE - SLOT_BITS)) & ~1;
    }
}
