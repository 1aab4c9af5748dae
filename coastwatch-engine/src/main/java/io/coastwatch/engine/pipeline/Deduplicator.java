package io.coastwatch.engine.pipeline;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises the same message heard again within a window of event time: by several receivers, or
 * relayed by several aggregators. Messages are compared by value ({@code equals} and
 * {@code hashCode}: the AIS message records and {@code VmsReport} are records).
 *
 * <p>Remembers each distinct message with the event time it was first heard, and forgets, in the
 * order heard, those older than the window before the latest event time seen, and the oldest beyond
 * the capacity. The same message heard again outside the window counts as new (a moored ship's
 * static data, unchanged, every six minutes). Each message is hashed once: its entry keeps the hash
 * for the lookup and for the removal.
 *
 * <p>Not thread-safe: the pipeline's writer thread owns it.
 */
final class Deduplicator {
    private final long windowMillis;
    private final int capacity;
    private final Map<Heard, Heard> remembered = new HashMap<>();
    private final ArrayDeque<Heard> heardOrder = new ArrayDeque<>();
    private long latestMillis = Long.MIN_VALUE;

    Deduplicator(long windowMillis, int capacity) {
        this.windowMillis = windowMillis;
        this.capacity = capacity;
    }

    /** Whether {@code message}, heard at {@code eventTimeMillis}, was heard already within the window. */
    boolean isDuplicate(Object message, long eventTimeMillis) {
        if (capacity == 0) {
            return false;
        }
        latestMillis = Math.max(latestMillis, eventTimeMillis);
        forgetOutsideWindow();
        Heard heard = new Heard(message, eventTimeMillis);
        Heard earlier = remembered.putIfAbsent(heard, heard);
        if (earlier == null) {
            heardOrder.addLast(heard);
            if (heardOrder.size() > capacity) {
                remembered.remove(heardOrder.removeFirst());
            }
            return false;
        }
        if (Math.abs(eventTimeMillis - earlier.timeMillis) <= windowMillis) {
            return true;
        }
        earlier.timeMillis = eventTimeMillis;
        return false;
    }

    /** Messages remembered now. */
    int size() {
        return remembered.size();
    }

    private void forgetOutsideWindow() {
        while (!heardOrder.isEmpty() && heardOrder.peekFirst().timeMillis < latestMillis - windowMillis) {
            remembered.remove(heardOrder.removeFirst());
        }
    }

    /** A message with its hash and the event time it was (last) first heard; equal by message. */
    private static final class Heard {
        private final Object message;
        private final int hash;
        private long timeMillis;

        Heard(Object message, long timeMillis) {
            this.message = message;
            this.hash = message.hashCode();
            this.timeMillis = timeMillis;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Heard heard && hash == heard.hash && message.equals(heard.message);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
