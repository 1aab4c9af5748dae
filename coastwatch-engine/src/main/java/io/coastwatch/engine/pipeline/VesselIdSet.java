package io.coastwatch.engine.pipeline;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A set of vessel identifiers (non-negative longs, see {@code VesselIds}) without boxing: open
 * addressing with linear probing, growing by doubling; {@link #clear} keeps the grown table. Adding an
 * identifier already present allocates nothing.
 *
 * <p>Not thread-safe: the pipeline's writer thread owns it.
 */
final class VesselIdSet {
    private static final long EMPTY = -1;

    private long[] slots = emptySlots(1024);
    private int size;

    /** Adds {@code vesselId}; throws {@link IllegalArgumentException} when it is negative. */
    void add(long vesselId) {
        if (vesselId < 0) {
            throw new IllegalArgumentException("not a vessel id: " + vesselId);
        }
        int mask = slots.length - 1;
        int slot = home(vesselId, mask);
        for (long present = slots[slot]; present != EMPTY; present = slots[slot]) {
            if (present == vesselId) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = vesselId;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Hands every identifier to {@code action}, in no particular order. */
    void forEach(LongConsumer action) {
        for (long vesselId : slots) {
            if (vesselId != EMPTY) {
                action.accept(vesselId);
            }
        }
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
    }

    private void grow() {
        long[] old = slots;
        slots = emptySlots(old.length * 2);
        int mask = slots.length - 1;
        for (long vesselId : old) {
            if (vesselId != EMPTY) {
                int slot = home(vesselId, mask);
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = vesselId;
            }
        }
    }

    private static int home(long vesselId, int mask) {
        long mixed = vesselId * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }

    private static long[] emptySlots(int length) {
        long[] slots = new long[length];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
