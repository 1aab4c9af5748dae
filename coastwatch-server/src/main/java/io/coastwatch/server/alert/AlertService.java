package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.port.AlertSink;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.server.api.ConflictException;
import io.coastwatch.server.webhook.WebhookTarget;
import io.coastwatch.store.alert.Alert;
import io.coastwatch.store.alert.AlertEvent;
import io.coastwatch.store.alert.AlertQuery;
import io.coastwatch.store.alert.AlertState;
import io.coastwatch.store.alert.AlertStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the rules' detections into alerts and keeps their life cycle.
 *
 * <p>{@link #accept} (the engine's writer thread) only offers the detection to a bounded queue: when
 * it is full the detection is dropped, counted ({@link #dropped}) and logged, and the engine never
 * waits. The service's own thread applies detections in order: at most one open alert per
 * {@link AlertKey}. {@link Detection.Phase#RAISED} with no open alert creates one (state new);
 * on an open alert it updates the last time, position, summary and figures, raises the severity to
 * the highest seen, appends the evidence (bounded by the store) and counts the update; if the
 * condition had ended, it holds again. {@link Detection.Phase#ENDED} records when the condition
 * stopped; the alert stays open until a person closes it. An alert a person closed while its
 * condition still held is not reopened by that same episode's later detections: the next alert of its
 * key opens once the condition has ended and holds again. An ENDED detection older than the alert's last
 * detection (replayed by the rule engine's warm-up after a restart) is stale and ignored.
 *
 * <p>People move alerts with {@link #transition} (see {@link AlertAction}); each step is recorded
 * with who, when and the comment. Every change is one store transaction together with its history
 * step and its webhook deliveries (for the receivers whose minimum severity the alert reaches), then
 * told to the listeners ({@link #subscribe}) in the order the changes were made.
 *
 * <p>Open alerts are restored from the store by {@link #start}, so a restart keeps one alert per key; so
 * are the alerts closed while their condition held (the newest of their key, not ended, last detected
 * within {@code closedLookback} of the newest alert's last detection): the rule engine's warm-up, which
 * replays that stretch, reports their end if it came, and until then the episode opens nothing. One
 * closed longer before still reopens once if its condition holds across the restart.
 * Thread-safe. Life cycle: construct, {@link #start} once, {@link #close} once.
 */
public final class AlertService implements AlertSink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AlertService.class.getName());
    private static final long POLL_MILLIS = 100;
    private static final long DROP_LOG_EVERY = 1_000;
    private static final int RESTORE_PAGE = 500;
    private static final Set<AlertState> CLOSED = EnumSet.copyOf(Arrays.stream(AlertState.values())
            .filter(state -> !state.isOpen()).toList());

    private final AlertStore store;
    private final AlertWebhooks webhooks;
    private final Runnable deliveriesWritten;
    private final Clock clock;
    private final BlockingQueue<Detection> queue;
    private final Thread worker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<AlertKey, Alert> open = new HashMap<>(); // guarded by lock
    private final Map<Long, AlertKey> openKeys = new HashMap<>(); // guarded by lock
    /**
     * Keys whose alert a person closed while the condition held, until it ends, with that alert's last
     * detection time (an end before it is stale). Guarded by lock.
     */
    private final Map<AlertKey, Long> closedWhileHolding = new HashMap<>();
    private final long closedLookbackMillis;
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private final LongAdder received = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private volatile boolean stopping;

    /**
     * @param store where alerts and the webhook outbox are kept
     * @param views how alerts look in webhook payloads
     * @param targets the webhook receivers
     * @param json the JSON writer of webhook payloads
     * @param queueCapacity detections waiting to be applied; more are dropped
     * @param deliveriesWritten called (quickly) after a change wrote webhook deliveries
     * @param clock the time of people's transitions
     * @param closedLookback how far back from the newest alert {@link #start} looks for alerts closed while
     *     their condition held (the rule engine's warm-up window)
     */
    public AlertService(AlertStore store, AlertViews views, List<WebhookTarget> targets, JsonMapper json,
            int queueCapacity, Runnable deliveriesWritten, Clock clock, Duration closedLookback) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("the alert queue capacity must be at least 1");
        }
        this.store = store;
        this.webhooks = new AlertWebhooks(targets, views, json);
        this.deliveriesWritten = deliveriesWritten;
        this.clock = clock;
        this.closedLookbackMillis = closedLookback.toMillis();
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.worker = new Thread(this::run, "coastwatch-alerts");
        this.worker.setDaemon(true);
    }

    /**
     * Restores the open alerts and the recent ones closed while their condition held from the store, and
     * starts applying detections.
     */
    public void start() {
        lock.lock();
        try {
            for (Alert alert : store.open()) {
                remember(alert);
            }
            restoreClosedWhileHolding();
        } finally {
            lock.unlock();
        }
        worker.start();
    }

    private void restoreClosedWhileHolding() {
        List<Alert> newest = store.search(AlertQuery.all(1)).alerts();
        if (newest.isEmpty()) {
            return;
        }
        Set<AlertKey> seen = new HashSet<>(open.keySet());
        long fromMillis = newest.getFirst().lastMillis() - closedLookbackMillis;
        for (int offset = 0; ; offset += RESTORE_PAGE) {
            List<Alert> closed = store.search(new AlertQuery(CLOSED, null, null, null, null, null, fromMillis, null,
                    RESTORE_PAGE, offset)).alerts();
            for (Alert alert : closed) {
                if (seen.add(alert.key()) && !alert.ended()) {
                    closedWhileHolding.put(alert.key(), alert.lastMillis());
                }
            }
            if (closed.size() < RESTORE_PAGE) {
                return;
            }
        }
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
     * Calls {@code listener} with every alert change (new, updated, ended, moved by a person), in the
     * order they were made, on the thread that made it: it must return quickly.
     *
     * @return closing it ends the subscription
     */
    public AutoCloseable subscribe(Consumer<Alert> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Moves alert {@code id} as {@code action} says, recording {@code user}, now and {@code comment}.
     *
     * @return the alert as it is now
     * @throws NoSuchElementException when there is no such alert
     * @throws ConflictException when the alert's state does not allow the action
     */
    public Alert transition(long id, AlertAction action, String user, String comment) {
        lock.lock();
        try {
            AlertKey key = openKeys.get(id);
            if (key == null) {
                Alert closed = store.find(id).orElseThrow(() -> new NoSuchElementException("no alert " + id));
                throw conflict(closed, action);
            }
            Alert current = open.get(key);
            if (!action.allowedFrom(current.state())) {
                throw conflict(current, action);
            }
            Alert moved = current.withState(action.target());
            if (!moved.state().isOpen() && !moved.ended()) {
                closedWhileHolding.put(key, moved.lastMillis());
            }
            save(moved, new AlertEvent(id, clock.millis(), user, action.target().code(), comment), List.of());
            return moved;
        } finally {
            lock.unlock();
        }
    }

    private static ConflictException conflict(Alert alert, AlertAction action) {
        return new ConflictException("alert " + alert.id() + " is " + alert.state().code() + ": it cannot be "
                + switch (action) {
                    case ACKNOWLEDGE -> "acknowledged";
                    case ESCALATE -> "escalated";
                    case RESOLVE -> "resolved";
                    case FALSE_ALARM -> "closed as a false alarm";
                });
    }

    /** Detections offered. */
    public long received() {
        return received.sum();
    }

    /** Detections dropped because the queue was full (or the service was stopping). */
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
            return open.size();
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
                LOG.log(System.Logger.Level.WARNING, "alert service interrupted: stopped with " + queue.size()
                        + " detections not applied");
                return;
            }
            if (detection != null) {
                try {
                    apply(detection);
                } catch (RuntimeException e) {
                    failures.increment();
                    LOG.log(System.Logger.Level.ERROR, "cannot apply detection " + detection, e);
                }
            }
        }
    }

    private void apply(Detection detection) {
        lock.lock();
        try {
            AlertKey key = detection.key();
            Alert current = open.get(key);
            if (detection.phase() == Detection.Phase.ENDED) {
                closedWhileHolding.computeIfPresent(key, (k, lastMillis) -> detection.timeMillis() >= lastMillis
                        ? null : lastMillis);
            }
            if (detection.phase() == Detection.Phase.RAISED) {
                if (current == null) {
                    if (!closedWhileHolding.containsKey(key)) {
                        create(detection);
                    }
                } else {
                    raise(current, detection);
                }
            } else if (current != null && !current.ended() && detection.timeMillis() >= current.lastMillis()) {
                save(current.withEnded(detection.timeMillis()),
                        new AlertEvent(current.id(), detection.timeMillis(), AlertEvent.SYSTEM, "ended", null), List.of());
            }
        } finally {
            lock.unlock();
        }
    }

    private void create(Detection d) {
        Alert draft = new Alert(0, d.ruleId(), d.ruleType(), d.vesselId(), d.otherVesselId(), d.zoneId(), d.severity(),
                AlertState.NEW, d.timeMillis(), d.timeMillis(), Alert.NOT_ENDED, d.latitude(), d.longitude(), d.summary(),
                d.details(), 0);
        AlertEvent event = new AlertEvent(0, d.timeMillis(), AlertEvent.SYSTEM, "created", null);
        Alert stored = store.create(draft, event, d.evidence(), alert -> webhooks.messages(alert, event));
        changed(stored, true);
    }

    private void raise(Alert current, Detection d) {
        boolean newest = d.timeMillis() >= current.lastMillis();
        boolean located = newest && Double.isFinite(d.latitude()) && Double.isFinite(d.longitude());
        Severity severity = d.severity().compareTo(current.severity()) > 0 ? d.severity() : current.severity();
        Alert raised = new Alert(current.id(), current.ruleId(), current.ruleType(), current.vesselId(),
                current.otherVesselId(), current.zoneId(), severity, current.state(), current.firstMillis(),
                Math.max(current.lastMillis(), d.timeMillis()), Alert.NOT_ENDED,
                located ? d.latitude() : current.latitude(), located ? d.longitude() : current.longitude(),
                newest ? d.summary() : current.summary(), newest ? d.details() : current.details(), current.updates() + 1);
        AlertEvent event = severity == current.severity() ? null
                : new AlertEvent(current.id(), d.timeMillis(), AlertEvent.SYSTEM, "severity_raised",
                        current.severity().name().toLowerCase(Locale.ROOT) + " → "
                                + severity.name().toLowerCase(Locale.ROOT));
        save(raised, event, d.evidence());
    }

    /** Stores a change of a stored alert with its step (if any) and its deliveries, then tells the listeners. */
    private void save(Alert alert, AlertEvent event, List<PositionFix> evidence) {
        store.update(alert, event, evidence, stored -> event == null ? List.of() : webhooks.messages(stored, event));
        changed(alert, event != null);
    }

    /** Keeps the open alerts in step and tells the dispatcher (when the change had a step) and the listeners. */
    private void changed(Alert alert, boolean stepRecorded) {
        if (alert.state().isOpen()) {
            remember(alert);
        } else {
            open.remove(alert.key());
            openKeys.remove(alert.id());
        }
        if (stepRecorded && webhooks.any()) {
            deliveriesWritten.run();
        }
        for (Consumer<Alert> listener : listeners) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "alert listener " + listener + " failed", e);
            }
        }
    }

    private void remember(Alert alert) {
        open.put(alert.key(), alert);
        openKeys.put(alert.id(), alert.key());
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
