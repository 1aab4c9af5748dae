package io.coastwatch.engine.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>An input may be offered against a {@link Share}, one producer's part of the capacity: it is
 * refused when that producer already has its share queued, so a producer that floods fills its share
 * and leaves the rest of the queue to the others. The writer gives each share back as it drains.
 *
 * <p>Thread-safe for any number of offering threads and one draining thread.
 */
final class InputQueue {
    private static final VarHandle INPUTS = MethodHandles.arrayElementVarHandle(Object[].class);

    private final int capacity;
    private final int mask;
    private final Object[] inputs;
    private final long[] timesMillis;
    /** The share each queued input was offered against, or {@code null}; cleared by the writer. */
    private final Share[] shares;
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
        this.shares = new Share[length];
    }

    /**
     * One producer's part of the queue: at most {@link #limit} of the inputs offered against it are
     * queued at once. Thread-safe; several threads may offer against one share.
     */
    static final class Share {
        private final int limit;
        private final AtomicInteger queued = new AtomicInteger();

        /** @param limit most inputs of this share queued at once (at least 1) */
        Share(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("a share of the queue holds at least 1 input: " + limit);
            }
            this.limit = limit;
        }

        int limit() {
            return limit;
        }

        /** Inputs of this share queued now. */
        int queued() {
            return queued.get();
        }

        private boolean claim() {
            int now;
            do {
                now = queued.get();
                if (now >= limit) {
                    return false;
                }
            } while (!queued.compareAndSet(now, now + 1));
            return true;
        }

        private void giveBack(int inputs) {
            queued.addAndGet(-inputs);
        }
    }

    /** Queues {@code input} heard at {@code eventTimeMillis}; {@code false} (and nothing queued) when full. */
    boolean offer(Object input, long eventTimeMillis) {
        return enqueue(input, eventTimeMillis, null);
    }

    /**
     * Queues {@code input} heard at {@code eventTimeMillis} against {@code share}; {@code false} (and
     * nothing queued) when the share or the queue is full.
     */
    boolean offer(Object input, long eventTimeMillis, Share share) {
        if (!share.claim()) {
            return false;
        }
        if (enqueue(input, eventTimeMillis, share)) {
            return true;
        }
        share.giveBack(1);
        return false;
    }

    private boolean enqueue(Object input, long eventTimeMillis, Share share) {
        long position;
        do {
            position = tail.get();
            if (position - head >= capacity) {
                return false;
            }
        } while (!tail.compareAndSet(position, position + 1));
        int slot = (int) position & mask;
        timesMillis[slot] = eventTimeMillis;
        if (share != null) {
            shares[slot] = share;
        }
        INPUTS.setRelease(inputs, slot, input);
        return true;
    }

    /**
     * Moves up to {@code drainedInputs.length} queued inputs, in the order queued, into the arrays,
     * and gives their shares back. Writer thread only.
     *
     * @return how many were moved (0 when none is ready)
     */
    int drain(Object[] drainedInputs, long[] drainedTimesMillis) {
        long position = head;
        int count = 0;
        Share run = null;
        int runLength = 0;
        while (count < drainedInputs.length) {
            int slot = (int) position & mask;
            Object input = INPUTS.getAcquire(inputs, slot);
            if (input == null) {
                break;
            }
            drainedInputs[count] = input;
            drainedTimesMillis[count] = timesMillis[slot];
            Share share = shares[slot];
            if (share != null) {
                // Consecutive inputs mostly come from one producer: give its share back once per run.
                shares[slot] = null;
                if (share != run) {
                    if (run != null) {
                        run.giveBack(runLength);
                    }
                    run = share;
                    runLength = 0;
                }
                runLength++;
            }
            inputs[slot] = null;
            count++;
            position++;
        }
        if (count > 0) {
            head = position;
        }
        if (run != null) {
            run.giveBack(runLength);
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
