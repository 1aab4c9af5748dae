package io.coastwatch.engine.pipeline;

import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A {@link Ingest.Lane} over the pipeline's {@link InputQueue}: its offers go against a
 * {@link InputQueue.Share} of their own. A waiting offer retries with a pause that grows from
 * {@value #FIRST_PAUSE_NANOS} ns to {@value #LONGEST_PAUSE_NANOS} ns: the writer does not signal room
 * (so that offers never pay for waking a thread), and a millisecond is far less than a share's worth
 * of the writer's work. Thread-safe.
 */
final class QueueLane implements Ingest.Lane {
    private static final long FIRST_PAUSE_NANOS = 10_000;
    private static final long LONGEST_PAUSE_NANOS = 1_000_000;

    private final InputQueue queue;
    private final InputQueue.Share share;
    private final LongAdder offered;
    private final LongAdder dropped;
    private final BooleanSupplier accepting;

    /**
     * @param queue the pipeline's queue
     * @param maxQueued the lane's share of it
     * @param offered the pipeline's count of inputs offered, to which each offer adds one
     * @param dropped the pipeline's count of inputs dropped, to which each refused offer adds one
     * @param accepting whether the pipeline still takes input (false once it closes)
     */
    QueueLane(InputQueue queue, int maxQueued, LongAdder offered, LongAdder dropped, BooleanSupplier accepting) {
        this.queue = queue;
        this.share = new InputQueue.Share(maxQueued);
        this.offered = offered;
        this.dropped = dropped;
        this.accepting = accepting;
    }

    @Override
    public boolean offer(AisMessage message, Reception reception) {
        offered.increment();
        if (accepting.getAsBoolean() && queue.offer(message, reception.eventTimeMillis(), share)) {
            return true;
        }
        dropped.increment();
        return false;
    }

    @Override
    public boolean offer(AisMessage message, Reception reception, long timeout, TimeUnit unit)
            throws InterruptedException {
        return enqueueWaiting(message, reception.eventTimeMillis(), unit.toNanos(timeout));
    }

    @Override
    public boolean offer(VmsReport report, long timeout, TimeUnit unit) throws InterruptedException {
        return enqueueWaiting(report, report.timeMillis(), unit.toNanos(timeout));
    }

    @Override
    public int queued() {
        return share.queued();
    }

    private boolean enqueueWaiting(Object input, long eventTimeMillis, long timeoutNanos) throws InterruptedException {
        offered.increment();
        long start = System.nanoTime();
        long pauseNanos = FIRST_PAUSE_NANOS;
        while (accepting.getAsBoolean()) {
            if (queue.offer(input, eventTimeMillis, share)) {
                return true;
            }
            long waitedNanos = System.nanoTime() - start;
            if (waitedNanos >= timeoutNanos) {
                break;
            }
            LockSupport.parkNanos(Math.min(pauseNanos, timeoutNanos - waitedNanos));
            if (Thread.interrupted()) {
                dropped.increment();
                throw new InterruptedException("interrupted while waiting for room in the engine's queue");
            }
            pauseNanos = Math.min(pauseNanos * 2, LONGEST_PAUSE_NANOS);
        }
        dropped.increment();
        return false;
    }
}
