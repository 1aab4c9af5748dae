package io.coastwatch.engine.rule.behaviour;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * When each watched vessel must be looked at again, on event time: at most one deadline per vessel
 * (scheduling again replaces it), taken in time order. Costs O(log n) per schedule and per deadline
 * reached, so rules with timers need not scan every vessel on every clock tick. Not thread-safe: one
 * rule's, on the writer thread.
 */
final class Deadlines {
    private record Entry(long dueMillis, long vesselId) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> Long.compare(a.dueMillis, b.dueMillis));
    private final Map<Long, Long> dueByVessel = new HashMap<>();

    /** Looks at {@code vesselId} again at {@code dueMillis} (replacing its earlier deadline). */
    void schedule(long vesselId, long dueMillis) {
        Long previous = dueByVessel.put(vesselId, dueMillis);
        if (previous == null || previous != dueMillis) {
            queue.add(new Entry(dueMillis, vesselId));
        }
    }

    /** Forgets {@code vesselId}'s deadline. */
    void cancel(long vesselId) {
        dueByVessel.remove(vesselId);
    }

    /**
     * Hands each vessel whose deadline is at or before {@code nowMillis} to {@code action}, oldest
     * first, forgetting the deadline first (so the action may schedule it again).
     */
    void reached(long nowMillis, LongConsumer action) {
        while (!queue.isEmpty() && queue.peek().dueMillis <= nowMillis) {
            Entry entry = queue.poll();
            Long due = dueByVessel.get(entry.vesselId);
            if (due != null && due == entry.dueMillis) {
                dueByVessel.remove(entry.vesselId);
                action.accept(entry.vesselId);
            }
        }
    }
}
