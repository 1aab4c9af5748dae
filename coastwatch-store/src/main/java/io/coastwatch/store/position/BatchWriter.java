package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded queue of fixes and the thread that empties it into a {@link Sink} in batches.
 *
 * <p>The thread writes whatever has arrived, up to {@code maxBatch} fixes at a time, once
 * {@code gatherTime} has passed since the previous batch began (or at once when a full batch is
 * waiting, a {@link #flush} asks for it or the writer closes): under load the batches grow, and
 * a producer slower than the database does not make it write many tiny batches, each with its
 * fixed cost, on the cores the producer needs. When quiet each fix is written within
 * {@code gatherTime} plus {@link #POLL_INTERVAL} or so, so with a gather time well under a second
 * a crash loses well under a second. A batch that fails
 * is retried {@code attempts} times with a doubling pause; if it still fails it is logged and its
 * fixes are counted as failed. When the queue is full, {@link #offer} waits up to {@code offerWait}
 * and then drops the fix and counts it.
 *
 * <p>{@link #offer} and {@link #flush} may be called from any thread.
 */
public final class BatchWriter implements AutoCloseable {

    /** How long the thread waits for a first fix before checking whether it should stop. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(100);
    private static final Duration DROP_LOG_INTERVAL = Duration.ofSeconds(10);
    private static final long GATHER_STEP_NANOS = Duration.ofMillis(2).toNanos();
    private static final System.Logger LOG = System.getLogger(BatchWriter.class.getName());

    /** Where batches go. */
    @FunctionalInterface
    public interface Sink {
        /** Writes the batch durably (one transaction) or throws. */
        void write(List<PositionFix> batch) throws Exception;
    }

    private final ArrayBlockingQueue<PositionFix> queue;
    private final int maxBatch;
    private final int attempts;
    private final long offerWaitNanos;
    private final long gatherNanos;
    private final Sink sink;
    private final Thread thread;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong flushWanted = new AtomicLong(); // the highest offered count a flush waits for
    private final ReentrantLock progressLock = new ReentrantLock();
    private final Condition progressed = progressLock.newCondition();
    private long processed; // written, failed or dropped; guarded by progressLock
    private long dropped; // guarded by progressLock
    private long written; // guarded by progressLock
    private long failed; // guarded by progressLock
    private long batches; // guarded by progressLock
    private volatile boolean closing;
    private volatile long lastDropLogNanos;

    /**
     * Starts the writer thread.
     *
     * @param name the thread's name
     * @param capacity how many fixes the queue holds
     * @param maxBatch the largest batch
     * @param attempts how many times a batch is tried before it counts as failed
     * @param offerWait how long {@link #offer} waits when the queue is full
     * @param gatherTime the least time between the starts of two batches, unless a full batch waits
     * @param sink where batches go
     */
    public BatchWriter(String name, int capacity, int maxBatch, int attempts, Duration offerWait,
            Duration gatherTime, Sink sink) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.attempts = attempts;
        this.offerWaitNanos = offerWait.toNanos();
        this.gatherNanos = gatherTime.toNanos();
        this.sink = sink;
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::run);
        this.lastDropLogNanos = System.nanoTime() - DROP_LOG_INTERVAL.toNanos();
        thread.start();
    }

    /** Queues {@code fix}; {@code false} when it was dropped because the queue stayed full. */
    public boolean offer(PositionFix fix) {
        if (closing) {
            throw new IllegalStateException("the position store is closed");
        }
        offered.incrementAndGet(); // before queueing, so that a flush from another thread waits for it
        boolean queued = queue.offer(fix);
        if (!queued) {
            try {
                queued = queue.offer(fix, offerWaitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!queued) {
            long total = record(1, Outcome.DROPPED);
            long now = System.nanoTime();
            if (now - lastDropLogNanos >= DROP_LOG_INTERVAL.toNanos()) {
                lastDropLogNanos = now;
                LOG.log(Level.WARNING, "position queue full: {0} fixes dropped so far", total);
            }
        }
        return queued;
    }

    /**
     * Blocks until every fix offered before this call has been written (or has failed, or been
     * dropped), including fixes other threads are offering at this moment.
     */
    public void flush() {
        long target = offered.get();
        flushWanted.accumulateAndGet(target, Math::max);
        progressLock.lock();
        try {
            while (processed < target && thread.isAlive()) {
                progressed.await(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progressLock.unlock();
        }
    }

    /** The counters, read now. */
    public PositionStoreStats stats() {
        progressLock.lock();
        try {
            return new PositionStoreStats(offered.get() - dropped, written, failed, dropped, batches, queue.size());
        } finally {
            progressLock.unlock();
        }
    }

    private void run() {
        List<PositionFix> batch = new ArrayList<>(maxBatch);
        long batchDueNanos = System.nanoTime();
        while (!closing || !queue.isEmpty()) {
            try {
                PositionFix first = queue.poll(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                gatherUntil(batchDueNanos);
                batchDueNanos = System.nanoTime() + gatherNanos;
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                record(batch.size(), writeWithRetries(batch) ? Outcome.WRITTEN : Outcome.FAILED);
            } catch (InterruptedException e) {
                // close() interrupts only to cut a retry pause short; keep draining
                Thread.interrupted();
            } finally {
                batch.clear();
            }
        }
    }

    /** Waits until {@code dueNanos} unless a full batch is queued, a flush waits or the writer closes. */
    private void gatherUntil(long dueNanos) {
        long now;
        while ((now = System.nanoTime()) - dueNanos < 0 && queue.size() < maxBatch - 1 && !closing
                && flushWanted.get() <= processed()) {
            LockSupport.parkNanos(Math.min(dueNanos - now, GATHER_STEP_NANOS));
        }
    }

    private long processed() {
        progressLock.lock();
        try {
            return processed;
        } finally {
            progressLock.unlock();
        }
    }

    private boolean writeWithRetries(List<PositionFix> batch) {
        long pauseMillis = FIRST_RETRY_PAUSE.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                sink.write(batch);
                return true;
            } catch (Exception e) {
                if (attempt >= attempts) {
                    LOG.log(Level.ERROR, "lost a batch of " + batch.size() + " fixes (times "
                            + batch.getFirst().timeMillis() + " to " + batch.getLast().timeMillis()
                            + ") after " + attempt + " attempts", e);
                    return false;
                }
                LOG.log(Level.WARNING, "writing a batch of {0} fixes failed (attempt {1} of {2}), retrying: {3}",
                        batch.size(), attempt, attempts, e.toString());
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.interrupted();
                }
                pauseMillis *= 2;
            }
        }
    }

    private enum Outcome { WRITTEN, FAILED, DROPPED }

    /** Counts {@code size} fixes as done; returns the new total of this outcome. */
    private long record(int size, Outcome outcome) {
        progressLock.lock();
        try {
            processed += size;
            progressed.signalAll();
            return switch (outcome) {
                case WRITTEN -> {
                    batches++;
                    yield written += size;
                }
                case FAILED -> failed += size;
                case DROPPED -> dropped += size;
            };
        } finally {
            progressLock.unlock();
        }
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        closing = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        int left = queue.size(); // offered while closing, after the thread's last look
        if (left > 0) {
            queue.clear();
            record(left, Outcome.FAILED);
            LOG.log(Level.ERROR, "{0} fixes appended while the store was closing were not written", left);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
