package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.track.LongMap;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * When each watched vessel must be looked at again, on event time: at most one deadline per vessel
 * (scheduling again replaces it), taken in time order (then vessel id). Costs O(log n) per deadline
 * reached and at most that per schedule: a deadline put off (the usual case: each report of a vessel
 * puts its silence deadline off) only changes the vessel's entry, whose place in the queue is moved
 * when it comes up; so rules with timers need not scan every vessel on every clock tick. Not
 * thread-safe: one rule's, on the writer thread.
 */
final class Deadlines {
    /** A place in the queue; live while it is its vessel's {@link Due#queued}. */
    private record Entry(long dueMillis, long vesselId) {
    }

    /** A vessel's deadline, and its one live place in the queue (never later than the deadline). */
    private static final class Due {
        long dueMillis;
        Entry queued;
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.dueMillis != b.dueMillis
            ? Long.compare(a.dueMillis, b.dueMillis) : Long.compare(a.vesselId, b.vesselId));
    private final LongMap<Due> dueByVessel = new LongMap<>();

    /** Looks at {@code vesselId} again at {@code dueMillis} (replacing its earlier deadline). */
    void schedule(long vesselId, long dueMillis) {
        Due due = dueByVessel.get(vesselId);
        if (due == null) {
            due = new Due();
            dueByVessel.put(vesselId, due);
        }
        due.dueMillis = dueMillis;
        if (due.queued == null || dueMillis < due.queued.dueMillis()) {
            enqueue(due, vesselId);
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
        while (!queue.isEmpty() && queue.peek().dueMillis() <= nowMillis) {
            Entry entry = queue.poll();
            Due due = dueByVessel.get(entry.vesselId());
            if (due == null || due.queued != entry) {
                continue;
            }
            if (due.dueMillis != entry.dueMillis()) {
                enqueue(due, entry.vesselId());     // put off since it was queued
                continue;
            }
            dueByVessel.remove(entry.vesselId());
            action.accept(entry.vesselId());
        }
    }

    private void enqueue(Due due, long vesselId) {
        due.queued = new Entry(due.dueMillis, vesselId);
        queue.add(due.queued);
    }
}
