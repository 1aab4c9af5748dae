package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.alert.lifecycle.AlertChange;
import io.coastwatch.engine.alert.lifecycle.TransitionNotAllowedException;
import io.coastwatch.engine.port.AlertSink;
import io.coastwatch.operations.access.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Runs the engine's {@link AlertBook} (the alerts' life cycle) on its own thread, off the engine's.
 *
 * <p>{@link #accept} (the engine's writer thread) only offers the detection to a bounded queue: when
 * it is full the detection is dropped, counted ({@link #dropped}) and logged, and the engine never
 * waits. The worker's thread applies the detections in order; {@link #transition} (a request thread)
 * applies a person's step. Each change is stored by the book in one transaction with its history step
 * and its webhook deliveries (a person's step also with its audit record, {@link AlertAudit}), then told
 * to the subscribers ({@link #subscribe}) in the order the changes were made.
 *
 * <p>Thread-safe (one lock around the book). Life cycle: construct, {@link #start} once, {@link #close} once.
 */
public final class AlertWorker implements AlertSink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AlertWorker.class.getName());
    private static final long POLL_MILLIS = 100;
    private static final long DROP_LOG_EVERY = 1_000;

    private final AlertBook book;
    private final AlertAudit audit;
    private final Runnable deliveriesWritten;
    private final Clock clock;
    private final Duration closedLookback;
    private final BlockingQueue<Detection> queue;
    private final Thread worker;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<AlertChange>> subscribers = new CopyOnWriteArrayList<>();
    private final LongAdder received = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private volatile boolean stopping;

    /**
     * @param book the life cycle, over the store's alerts and webhook outbox (owned by the worker from now on)
     * @param audit records a person's step in the transaction of the book's write
     * @param queueCapacity detections waiting to be applied; more are dropped
     * @param deliveriesWritten called (quickly) after a change wrote webhook deliveries
     * @param clock the time of people's transitions
     * @param closedLookback how far back from the newest alert {@link #start} looks for alerts closed while
     *     their condition held (the rule engine's warm-up window)
     */
    public AlertWorker(AlertBook book, AlertAudit audit, int queueCapacity, Runnable deliveriesWritten, Clock clock,
            Duration closedLookback) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("the alert queue capacity must be at least 1");
        }
        this.book = book;
        this.audit = audit;
        this.deliveriesWritten = deliveriesWritten;
        this.clock = clock;
        this.closedLookback = closedLookback;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.worker = new Thread(this::run, "coastwatch-alerts");
        this.worker.setDaemon(true);
    }

    /** Restores the book from the store ({@link AlertBook#restore}) and starts applying detections. */
    public void start() {
        lock.lock();
        try {
            book.restore(closedLookback);
        } finally {
            lock.unlock();
        }
        worker.start();
    }

    /** {@inheritDoc} Never blocks: a detection that finds the queue full is dropped and counted. */
    @Override
    public void accept(Detection detection) {
        received.increment();
        if (stopping || !queue.offer(detection)) {
            dropped.increment();
            long count = dropped.sum();
            if (count == 1 || count % DROP_LOG_EVERY == 0) {
                LOG.log(System.Logger.Level.WARNING, "alert queue full: detection of " + detection.key()
                        + " dropped (" + count + " dropped so far)");
            }
        }
    }

    /**
     * Calls {@code subscriber} with every alert change once it is stored (new, updated, ended, moved by a
     * person), in the order they were made, on the thread that made it (the worker's, or the request's of
     * a transition): it must return quickly and not call back into the worker. A subscriber that throws is
     * logged and the others still hear of the change. The live feed, and later port control (VMS outages
     * from {@code vms-loss} alerts) and cases (linking alerts), subscribe here.
     *
     * @return closing it ends the subscription
     */
    public AutoCloseable subscribe(Consumer<AlertChange> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Moves alert {@code id} as {@code action} says, recording {@code actor}, now and {@code comment} in
     * the alert's history and the audit log, in one transaction; the subscribers hear of it once committed.
     *
     * @return the change, stored
     * @throws NoSuchElementException when there is no such alert
     * @throws TransitionNotAllowedException when the alert's state does not allow the action
     */
    public AlertChange transition(long id, AlertAction action, Actor actor, String comment) {
        return personal(id, action.path(), actor, comment, now -> book.transition(id, action, actor.account(), comment, now));
    }

    /**
     * Assigns open alert {@code id} to unit {@code unitId} now, as {@code actor} with {@code comment} (a
     * request thread; the unit is the caller's to check), audited as {@code assign} in the same transaction,
     * and tells the subscribers once committed.
     *
     * @throws java.util.NoSuchElementException when there is no such alert
     * @throws io.coastwatch.engine.alert.lifecycle.TransitionNotAllowedException when the alert is closed
     */
    public AlertChange assign(long id, String unitId, Actor actor, String comment) {
        return personal(id, "assign", actor, comment, now -> book.assign(id, unitId, actor.account(), comment, now));
    }

    /** A person's step {@code action} on alert {@code id} in the book at the clock's time, audited, told to the subscribers. */
    private AlertChange personal(long id, String action, Actor actor, String comment,
            java.util.function.LongFunction<AlertChange> step) {
        lock.lock();
        try {
            AlertChange change = audit.step(id, action, actor, comment, () -> step.apply(clock.millis()));
            changed(change);
            return change;
        } finally {
            lock.unlock();
        }
    }

    /** Detections offered. */
    public long received() {
        return received.sum();
    }

    /** Detections dropped because the queue was full (or the worker was stopping). */
    public long dropped() {
        return dropped.sum();
    }

    /** Detections whose change could not be stored. */
    public long failures() {
        return failures.sum();
    }

    /** Detections waiting to be applied. */
    public int queued() {
        return queue.size();
    }

    /** Alerts open now. */
    public int openAlerts() {
        lock.lock();
        try {
            return book.openCount();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (!(stopping && queue.isEmpty())) {
            Detection detection;
            try {
                detection = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                LOG.log(System.Logger.Level.WARNING, "alert worker interrupted: stopped with " + queue.size()
                        + " detections not applied");
                return;
            }
            if (detection != null) {
                apply(detection);
            }
        }
    }

    private void apply(Detection detection) {
        lock.lock();
        try {
            for (AlertChange change : book.apply(detection)) {
                changed(change);
            }
        } catch (RuntimeException e) {
            failures.increment();
            LOG.log(System.Logger.Level.ERROR, "cannot apply detection " + detection, e);
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the webhook dispatcher (when the change wrote deliveries) and tells the subscribers. */
    private void changed(AlertChange change) {
        if (change.recorded()) {
            deliveriesWritten.run();
        }
        for (Consumer<AlertChange> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "alert subscriber " + subscriber + " failed", e);
            }
        }
    }

    /** Stops taking detections, applies those queued (for at most a few seconds), and stops. */
    @Override
    public void close() {
        stopping = true;
        if (worker.isAlive()) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                worker.interrupt();
            }
        }
    }
}
