package io.coastwatch.ais.bits;

/**
 * A cache of decoded texts keyed by the bits of their field: the same field bits give back the same
 * {@link String}, so that the names, call signs and destinations each vessel repeats every few
 * minutes are neither taken apart character by character nor allocated again (and are shared by
 * everything that keeps them). Fields of up to {@link #MAX_CHARACTERS} characters (120 bits, two
 * words) are cached. Two-way set-associative: a key lives in one of the two slots of its set; a miss
 * fills an empty one, else replaces the first. A slot's key is two words, the field's shape packed
 * into their spare top bits, and the keys of a set lie side by side (32 bytes): a lookup reads one
 * cache line of keys and, on a hit, one of texts. Not thread-safe.
 */
final class RecentTexts {
    /** Longest field cached: the names and destinations of ITU-R M.1371 are 20 characters. */
    static final int MAX_CHARACTERS = 20;
    /** Enough for the names, call signs and destinations of a few thousand vessels with few collisions. */
    private static final int SLOT_BITS = 14;
    private static final int SLOTS = 1 << SLOT_BITS;

    /** Top bits of a key word, free since a word holds at most ten six-bit characters (60 bits). */
    private static final int SHAPE_SHIFT = 60;
    private static final int SHAPE_LOW_BITS = 0xF;

    /**
     * Slot {@code s}'s key at {@code 2s} (first characters, the shape's high bits on top) and
     * {@code 2s + 1} (the rest, the shape's low four bits on top); both 0 for an empty slot, which no
     * key equals since a shape is never 0.
     */
    private final long[] keys = new long[2 * SLOTS];
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
        long firstKey = firstKey(first, shape);
        long restKey = restKey(rest, shape);
        int at = 2 * slot;
        if (keys[at] == firstKey && keys[at + 1] == restKey) {
            return values[slot];
        }
        return keys[at + 2] == firstKey && keys[at + 3] == restKey ? values[slot + 1] : null;
    }

    /** Caches {@code text} for a field that {@link #get} did not find. */
    void put(long first, long rest, int shape, String text) {
        int slot = firstSlot(first, rest, shape);
        if (!isEmpty(slot) && isEmpty(slot + 1)) {
            slot++;
        }
        keys[2 * slot] = firstKey(first, shape);
        keys[2 * slot + 1] = restKey(rest, shape);
        values[slot] = text;
    }

    private boolean isEmpty(int slot) {
        return (keys[2 * slot] | keys[2 * slot + 1]) == 0;
    }

    private static long firstKey(long first, int shape) {
        return first | (long) (shape >>> 4) << SHAPE_SHIFT;
    }

    private static long restKey(long rest, int shape) {
        return rest | (long) (shape & SHAPE_LOW_BITS) << SHAPE_SHIFT;
    }

    private static int firstSlot(long first, long rest, int shape) {
        long hash = (first * 0x9E3779B97F4A7C15L + rest) * 0xC2B2AE3D27D4EB4FL + shape;
        hash *= 0x9E3779B97F4A7C15L;
        return (int) (hash >>> (Long.SIZE - SLOT_BITS)) & ~1;
    }
}
