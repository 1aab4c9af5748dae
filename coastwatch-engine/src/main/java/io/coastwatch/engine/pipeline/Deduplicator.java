package io.coastwatch.engine.pipeline;

/**
 * Recognises the same message heard again within a window of event time: by several receivers, or
 * relayed by several aggregators. Messages are compared by value ({@code equals} and
 * {@code hashCode}: the AIS message records and {@code VmsReport} are records).
 *
 * <p>Remembers each distinct message with the event time it was first heard, and forgets, in the
 * order heard, those older than the window before the latest event time seen, and the oldest beyond
 * the capacity. The same message heard again outside the window counts as new (a moored ship's
 * static data, unchanged, every six minutes).
 *
 * <p>Each message is hashed once. The remembered messages sit in a ring in the order heard (message,
 * time, hash in parallel arrays); an open-addressing table of ring positions finds them, comparing the
 * hash before {@code equals}. Nothing is allocated per message once the arrays have grown to the
 * traffic (they grow by doubling, up to the capacity).
 *
 * <p>Not thread-safe: the pipeline's writer thread owns it.
 */
final class Deduplicator {
    private static final int INITIAL_RING = 1024;
    /** An empty slot of {@link #table}; an occupied slot holds a ring position plus one. */
    private static final int EMPTY = 0;

    private final long windowMillis;
    private final int capacity;
    /** The remembered messages in the order heard, from {@link #head} for {@link #size} entries (wrapping). */
    private Object[] messages;
    private long[] timesMillis;
    private int[] hashes;
    private int head;
    private int size;
    /** Ring position plus one of each remembered message, at its hash's slot or after (linear probing). */
    private int[] table;
    private long latestMillis = Long.MIN_VALUE;

    Deduplicator(long windowMillis, int capacity) {
        this.windowMillis = windowMillis;
        this.capacity = capacity;
        int ring = Math.min(INITIAL_RING, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1);
        this.messages = new Object[ring];
        this.timesMillis = new long[ring];
        this.hashes = new int[ring];
        this.table = new int[ring * 2];
    }

    /** Whether {@code message}, heard at {@code eventTimeMillis}, was heard already within the window. */
    boolean isDuplicate(Object message, long eventTimeMillis) {
        if (capacity == 0) {
            return false;
        }
        latestMillis = Math.max(latestMillis, eventTimeMillis);
        forgetOutsideWindow();
        int hash = message.hashCode();
        int slot = find(message, hash);
        if (table[slot] == EMPTY) {
            remember(message, hash, eventTimeMillis, slot);
            if (size > capacity) {
                forgetOldest();
            }
            return false;
        }
        int position = table[slot] - 1;
        if (Math.abs(eventTimeMillis - timesMillis[position]) <= windowMillis) {
            return true;
        }
        timesMillis[position] = eventTimeMillis;
        return false;
    }

    /** Messages remembered now. */
    int size() {
        return size;
    }

    private void forgetOutsideWindow() {
        while (size > 0 && timesMillis[head] < latestMillis - windowMillis) {
            forgetOldest();
        }
    }

    /** The slot holding {@code message}, or the empty slot where it would go. */
    private int find(Object message, int hash) {
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == EMPTY || hashes[entry - 1] == hash && message.equals(messages[entry - 1])) {
                return slot;
            }
        }
    }

    private void remember(Object message, int hash, long eventTimeMillis, int slot) {
        if (size == messages.length) {
            growRing();
            slot = find(message, hash);
        }
        int position = (head + size) & (messages.length - 1);
        messages[position] = message;
        timesMillis[position] = eventTimeMillis;
        hashes[position] = hash;
        table[slot] = position + 1;
        size++;
    }

    /** Forgets the message heard first: out of the table (shifting back what probed past it), then off the ring. */
    private void forgetOldest() {
        int mask = table.length - 1;
        int slot = spread(hashes[head]) & mask;
        while (table[slot] != head + 1) {
            slot = (slot + 1) & mask;
        }
        for (int next = (slot + 1) & mask; table[next] != EMPTY; next = (next + 1) & mask) {
            int home = spread(hashes[table[next] - 1]) & mask;
            // the entry at next may move back into the hole at slot unless its home lies after slot (cyclically)
            if (((next - home) & mask) >= ((next - slot) & mask)) {
                table[slot] = table[next];
                slot = next;
            }
        }
        table[slot] = EMPTY;
        messages[head] = null;
        head = (head + 1) & (messages.length - 1);
        size--;
    }

    /** Doubles the ring (its order kept, from position 0) and the table, and places every message again. */
    private void growRing() {
        int length = messages.length * 2;
        Object[] grownMessages = new Object[length];
        long[] grownTimes = new long[length];
        int[] grownHashes = new int[length];
        for (int i = 0; i < size; i++) {
            int from = (head + i) & (messages.length - 1);
            grownMessages[i] = messages[from];
            grownTimes[i] = timesMillis[from];
            grownHashes[i] = hashes[from];
        }
        messages = grownMessages;
        timesMillis = grownTimes;
        hashes = grownHashes;
        head = 0;
        table = new int[length * 2];
        int mask = table.length - 1;
        for (int position = 0; position < size; position++) {
            int slot = spread(hashes[position]) & mask;
            while (table[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[slot] = position + 1;
        }
    }

    /** Mixes the bits of a hash code so that records' hashes (sums of small multiples) fill the table evenly. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
