package io.coastwatch.engine.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline's bounded queue: many sources offer, one writer drains. Each entry is an input (an AIS
 * message or a VMS report) with its event time, kept in two arrays, so that nothing is allocated per
 * offer and no lock is taken.
 *
 * <p>An offer claims a position by compare-and-set on the tail, provided fewer than the capacity are
 * queued, writes the time, then publishes the input with release semantics. The writer drains in
 * order up to the first position claimed but not yet published, clears what it took, and then moves
 * the head on (releasing the space). An offer that finds the queue full returns {@code false} at once.
 *
 * <p>Thread-safe for any number of offering threads and one draining thread.
 */
final class InputQueue {
    private static final VarHandle INPUTS = MethodHandles.arrayElementVarHandle(Object[].class);

    private final int capacity;
    private final int mask;
    private final Object[] inputs;
    private final long[] timesMillis;
    private final AtomicLong tail = new AtomicLong();
    /** The next position to drain; written by the writer only, after clearing what it took. */
    private volatile long head;

    /** @param capacity most inputs queued at once (at least 1) */
    InputQueue(int capacity) {
        if (capacity < 1 || capacity > 1 << 30) {
            throw new IllegalArgumentException("queue capacity out of range: " + capacity);
        }
        this.capacity = capacity;
        int length = Integer.highestOneBit(capacity - 1 | 1) << 1;
        this.mask = length - 1;
        this.inputs = new Object[length];
        this.timesMillis = new long[length];
    }

    /** Queues {@code input} heard at {@code eventTimeMillis}; {@code false} (and nothing queued) when full. */
    boolean offer(Object input, long eventTimeMillis) {
        long position;
        do {
            position = tail.get();
            if (position - head >= capacity) {
                return false;
            }
        } while (!tail.compareAndSet(position, position + 1));
        int slot = (int) position & mask;
        timesMillis[slot] = eventTimeMillis;
        INPUTS.setRelease(inputs, slot, input);
        return true;
    }

    /**
     * Moves up to {@code drainedInputs.length} queued inputs, in the order queued, into the arrays.
     * Writer thread only.
     *
     * @return how many were moved (0 when none is ready)
     */
    int drain(Object[] drainedInputs, long[] drainedTimesMillis) {
        long position = head;
        int count = 0;
        while (count < drainedInputs.length) {
            int slot = (int) position & mask;
            Object input = INPUTS.getAcquire(inputs, slot);
            if (input == null) {
                break;
            }
            drainedInputs[count] = input;
            drainedTimesMillis[count] = timesMillis[slot];
            inputs[slot] = null;
            count++;
            position++;
        }
        if (count > 0) {
            head = position;
        }
        return count;
    }

    /** Inputs queued now (including those being offered). */
    int size() {
        return (int) Math.max(0, tail.get() - head);
    }

    boolean isEmpty() {
        return size() == 0;
    }
}
