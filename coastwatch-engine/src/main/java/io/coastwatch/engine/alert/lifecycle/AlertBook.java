package io.coastwatch.engine.alert.lifecycle;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.engine.port.AlertRepository;
import io.coastwatch.engine.port.OutboxMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The alerts' life cycle (see {@code docs/rules.md}, "Alerts"): turns the rules' detections into
 * alerts, moves them as people ask, and stores every change in its {@link AlertRepository}.
 *
 * <p>At most one open alert per {@link AlertKey}. {@link Detection.Phase#RAISED} with no open alert
 * creates one (state new); on an open alert it updates the last time, position, summary and figures,
 * raises the severity to the highest seen, appends the evidence (bounded by the repository) and counts
 * the update; if the condition had ended, it holds again. {@link Detection.Phase#ENDED} records when the
 * condition stopped; the alert stays open until a person closes it. An alert a person closed while its
 * condition still held is not reopened by that same episode's later detections: the next alert of its
 * key opens once the condition has ended and holds again. An ENDED detection older than the alert's
 * last detection (replayed by the rule engine's warm-up after a restart) is stale and ignored.
 *
 * <p>People move alerts with {@link #transition} (see {@link AlertAction}). Every change is one
 * repository transaction with its history step and the outbox messages the {@link Outbox} builds for it.
 *
 * <p>{@link #restore} reads the open alerts back after a restart, so that a restart keeps one alert per
 * key, and the alerts closed while their condition held (the newest of their key, not ended, last
 * detected within the look-back of the newest alert's last detection): the rule engine's warm-up, which
 * replays that stretch, reports their end if it came, and until then the episode opens nothing.
 *
 * <p>Not thread-safe: one thread applies detections and transitions (the server's alert worker, or the
 * caller of a test or benchmark). Plain Java: no threads, no JSON.
 */
public final class AlertBook {
    private static final int RESTORE_PAGE = 500;
    private static final Set<AlertState> CLOSED = EnumSet.copyOf(Arrays.stream(AlertState.values())
            .filter(state -> !state.isOpen()).toList());

    private final AlertRepository repository;
    private final Outbox outbox;
    private final Map<AlertKey, Alert> open = new HashMap<>();
    private final Map<Long, AlertKey> openKeys = new HashMap<>();
    /**
     * Keys whose alert a person closed while the condition held, until it ends, with that alert's last
     * detection time (an end before it is stale).
     */
    private final Map<AlertKey, Long> closedWhileHolding = new HashMap<>();

    /** The outbox messages that report one recorded change (the webhook deliveries). */
    @FunctionalInterface
    public interface Outbox {
        /** No messages. */
        Outbox NONE = (alert, event) -> List.of();

        /** The messages reporting {@code event} of the stored {@code alert} (empty for none). */
        List<OutboxMessage> messages(Alert alert, AlertEvent event);
    }

    /**
     * @param repository where alerts are stored
     * @param outbox the messages written with each recorded change
     */
    public AlertBook(AlertRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** A book writing no outbox messages. */
    public AlertBook(AlertRepository repository) {
        this(repository, Outbox.NONE);
    }

    /**
     * Reads the open alerts back from the repository, and the alerts closed while their condition held
     * that were last detected within {@code closedLookback} of the newest alert (the rule engine's
     * warm-up window). Call once, before the first detection.
     */
    public void restore(Duration closedLookback) {
        for (Alert alert : repository.open()) {
            remember(alert);
        }
        List<Alert> newest = repository.search(AlertQuery.all(1)).alerts();
        if (newest.isEmpty()) {
            return;
        }
        Set<AlertKey> seen = new HashSet<>(open.keySet());
        long fromMillis = newest.getFirst().lastMillis() - closedLookback.toMillis();
        for (int offset = 0; ; offset += RESTORE_PAGE) {
            List<Alert> closed = repository.search(AlertQuery.builder().states(CLOSED).fromMillis(fromMillis)
                    .limit(RESTORE_PAGE).offset(offset).build()).alerts();
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

    /**
     * Applies one detection and stores what it changes.
     *
     * @return the change made (at most one), in the order made
     */
    public List<AlertChange> apply(Detection detection) {
        AlertKey key = detection.key();
        Alert current = open.get(key);
        if (detection.phase() == Detection.Phase.ENDED) {
            closedWhileHolding.computeIfPresent(key, (k, lastMillis) -> detection.timeMillis() >= lastMillis
                    ? null : lastMillis);
            if (current == null || current.ended() || detection.timeMillis() < current.lastMillis()) {
                return List.of();
            }
            AlertEvent event = systemEvent(current.id(), detection.timeMillis(), AlertEvent.ENDED, null);
            return List.of(save(current.withEnded(detection.timeMillis()), event, detection));
        }
        if (current != null) {
            Alert raised = current.withDetection(detection);
            AlertEvent event = raised.severity() == current.severity() ? null
                    : systemEvent(current.id(), detection.timeMillis(), AlertEvent.SEVERITY_RAISED,
                            code(current.severity()) + " → " + code(raised.severity()));
            return List.of(save(raised, event, detection));
        }
        if (closedWhileHolding.containsKey(key)) {
            return List.of();
        }
        AlertEvent event = systemEvent(0, detection.timeMillis(), AlertEvent.CREATED, null);
        Alert stored = repository.create(Alert.raisedBy(detection), event, detection.evidence(),
                alert -> outbox.messages(alert, event));
        remember(stored);
        return List.of(new AlertChange(stored, event.withAlertId(stored.id())));
    }

    /**
     * Moves alert {@code id} as {@code action} says, recording {@code user}, {@code timeMillis} and
     * {@code comment}, and stores the change.
     *
     * @throws NoSuchElementException when there is no such alert
     * @throws TransitionNotAllowedException when the alert's state does not allow the action
     */
    public AlertChange transition(long id, AlertAction action, String user, String comment, long timeMillis) {
        AlertKey key = openKeys.get(id);
        if (key == null) {
            Alert closed = repository.find(id).orElseThrow(() -> new NoSuchElementException("no alert " + id));
            throw refused(closed, action);
        }
        Alert current = open.get(key);
        if (!action.allowedFrom(current.state())) {
            throw refused(current, action);
        }
        Alert moved = current.withState(action.target());
        if (!moved.state().isOpen() && !moved.ended()) {
            closedWhileHolding.put(key, moved.lastMillis());
        }
        AlertEvent event = new AlertEvent(id, timeMillis, user, action.target().slug(), comment);
        return save(moved, event, null);
    }

    /**
     * Assigns open alert {@code id} to unit {@code unitId} (its state stays), recording {@code user},
     * {@code timeMillis} and {@code comment}, and stores the change. Whether the unit exists is the
     * caller's to check (the organisation is not the engine's).
     *
     * @throws NoSuchElementException when there is no such alert
     * @throws TransitionNotAllowedException when the alert is closed
     */
    public AlertChange assign(long id, String unitId, String user, String comment, long timeMillis) {
        AlertKey key = openKeys.get(id);
        if (key == null) {
            Alert closed = repository.find(id).orElseThrow(() -> new NoSuchElementException("no alert " + id));
            throw new TransitionNotAllowedException("alert " + id + " is " + closed.state().slug()
                    + ": a closed alert cannot be assigned");
        }
        Alert assigned = open.get(key).withAssignedUnit(unitId);
        return save(assigned, new AlertEvent(id, timeMillis, user, AlertEvent.ASSIGNED, comment, unitId), null);
    }

    /** The open alert with this key, if any. */
    public Optional<Alert> open(AlertKey key) {
        return Optional.ofNullable(open.get(key));
    }

    /** How many alerts are open. */
    public int openCount() {
        return open.size();
    }

    private AlertChange save(Alert alert, AlertEvent event, Detection detection) {
        repository.update(alert, event, detection == null ? List.of() : detection.evidence(),
                stored -> event == null ? List.of() : outbox.messages(stored, event));
        if (alert.state().isOpen()) {
            remember(alert);
        } else {
            open.remove(alert.key());
            openKeys.remove(alert.id());
        }
        return new AlertChange(alert, event);
    }

    private void remember(Alert alert) {
        open.put(alert.key(), alert);
        openKeys.put(alert.id(), alert.key());
    }

    private static AlertEvent systemEvent(long alertId, long timeMillis, String action, String comment) {
        return new AlertEvent(alertId, timeMillis, AlertEvent.SYSTEM, action, comment);
    }

    private static String code(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static TransitionNotAllowedException refused(Alert alert, AlertAction action) {
        return new TransitionNotAllowedException("alert " + alert.id() + " is " + alert.state().slug()
                + ": it cannot be " + switch (action) {
                    case ACKNOWLEDGE -> "acknowledged";
                    case ESCALATE -> "escalated";
                    case RESOLVE -> "resolved";
                    case FALSE_ALARM -> "closed as a false alarm";
                });
    }
}
