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
 * order heard, those older than the window before the latest event time seen, or the oldest beyond
 * the capacity. The same message heard again outside the window counts as new (a moored ship's
 * static data, unchanged, every six minutes).
 *
 * <p>Not thread-safe: the pipeline's writer thread owns it.
 */
final class Deduplicator {
    private final long windowMillis;
    private final int capacity;
    private final Map<Object, Long> firstHeardMillis = new HashMap<>();
    private final ArrayDeque<Object> heardOrder = new ArrayDeque<>();
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
        Long first = firstHeardMillis.get(message);
        if (first != null && Math.abs(eventTimeMillis - first) <= windowMillis) {
            return true;
        }
        if (firstHeardMillis.put(message, eventTimeMillis) == null) {
            heardOrder.addLast(message);
            if (heardOrder.size() > capacity) {
                firstHeardMillis.remove(heardOrder.removeFirst());
            }
        }
        return false;
    }

    /** Messages remembered now. */
    int size() {
        return firstHeardMillis.size();
    }

    private void forgetOutsideWindow() {
        while (!heardOrder.isEmpty() && firstHeardMillis.get(heardOrder.peekFirst()) < latestMillis - windowMillis) {
            firstHeardMillis.remove(heardOrder.removeFirst());
        }
    }
}
