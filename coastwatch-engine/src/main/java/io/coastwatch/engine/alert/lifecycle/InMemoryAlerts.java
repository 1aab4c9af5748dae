package io.coastwatch.engine.alert.lifecycle;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.port.AlertPage;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.engine.port.AlertRepository;
import io.coastwatch.engine.port.OutboxMessage;
import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An {@link AlertRepository} in memory, for tests, benchmarks and the quality harness: the same
 * answers as the stored one, kept until it is dropped; the outbox messages are kept in order
 * ({@link #outbox()}) and never delivered. Thread-safe (every method locks the repository).
 */
public final class InMemoryAlerts implements AlertRepository {
    private static final Comparator<PositionFix> EVIDENCE_ORDER = Comparator.comparingLong(PositionFix::timeMillis)
            .thenComparingLong(PositionFix::vesselId);
    private static final Comparator<Alert> NEWEST_FIRST = Comparator.comparingLong(Alert::lastMillis)
            .thenComparingLong(Alert::id).reversed();

    private final Map<Long, Alert> alerts = new TreeMap<>();
    private final Map<Long, List<AlertEvent>> history = new TreeMap<>();
    private final Map<Long, Set<PositionFix>> evidence = new TreeMap<>();
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized Alert create(Alert alert, AlertEvent event, List<PositionFix> fixes,
            Function<Alert, List<OutboxMessage>> messages) {
        if (alert.state().isOpen() && openWithKey(alert.key(), 0).isPresent()) {
            throw new IllegalStateException("an open alert with the key " + alert.key() + " exists");
        }
        Alert stored = alert.withId(++lastId);
        alerts.put(stored.id(), stored);
        history.put(stored.id(), new ArrayList<>());
        evidence.put(stored.id(), new LinkedHashSet<>());
        record(stored, event, fixes, messages);
        return stored;
    }

    @Override
    public synchronized void update(Alert alert, AlertEvent event, List<PositionFix> fixes,
            Function<Alert, List<OutboxMessage>> messages) {
        if (!alerts.containsKey(alert.id())) {
            throw new IllegalStateException("no alert " + alert.id());
        }
        if (alert.state().isOpen() && openWithKey(alert.key(), alert.id()).isPresent()) {
            throw new IllegalStateException("an open alert with the key " + alert.key() + " exists");
        }
        alerts.put(alert.id(), alert);
        record(alert, event, fixes, messages);
    }

    private void record(Alert alert, AlertEvent event, List<PositionFix> fixes,
            Function<Alert, List<OutboxMessage>> messages) {
        if (event != null) {
            history.get(alert.id()).add(event.withAlertId(alert.id()));
        }
        Set<PositionFix> kept = evidence.get(alert.id());
        kept.addAll(fixes);
        if (kept.size() > MAX_EVIDENCE) {
            List<PositionFix> sorted = kept.stream().sorted(EVIDENCE_ORDER).toList();
            kept.clear();
            kept.addAll(sorted.subList(sorted.size() - MAX_EVIDENCE, sorted.size()));
        }
        outbox.addAll(messages.apply(alert));
    }

    private Optional<Alert> openWithKey(AlertKey key, long exceptId) {
        return alerts.values().stream().filter(a -> a.id() != exceptId && a.state().isOpen() && a.key().equals(key))
                .findFirst();
    }

    @Override
    public synchronized Optional<Alert> find(long id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public synchronized List<Alert> open() {
        return alerts.values().stream().filter(alert -> alert.state().isOpen()).toList();
    }

    @Override
    public synchronized AlertPage search(AlertQuery query) {
        List<Alert> matching = alerts.values().stream().filter(alert -> matches(query, alert)).sorted(NEWEST_FIRST)
                .toList();
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(matching.size(), from + query.limit());
        return new AlertPage(matching.size(), matching.subList(from, to));
    }

    private static boolean matches(AlertQuery query, Alert alert) {
        return (query.states().isEmpty() || query.states().contains(alert.state()))
                && (query.ruleIds().isEmpty() || query.ruleIds().contains(alert.ruleId()))
                && (query.ruleTypes().isEmpty() || query.ruleTypes().contains(alert.ruleType()))
                && (query.severities().isEmpty() || query.severities().contains(alert.severity()))
                && (query.vesselId() == null || query.vesselId() == alert.vesselId()
                        || query.vesselId() == alert.otherVesselId())
                && (query.zoneId() == null || query.zoneId().equals(alert.zoneId()))
                && (query.fromMillis() == null || alert.lastMillis() >= query.fromMillis())
                && (query.toMillis() == null || alert.firstMillis() <= query.toMillis());
    }

    @Override
    public synchronized List<AlertEvent> history(long alertId) {
        return List.copyOf(history.getOrDefault(alertId, List.of()));
    }

    @Override
    public synchronized List<PositionFix> evidence(long alertId) {
        return evidence.getOrDefault(alertId, Set.of()).stream().sorted(EVIDENCE_ORDER).toList();
    }

    /** Every alert stored, in id order. */
    public synchronized List<Alert> all() {
        return List.copyOf(alerts.values());
    }

    /** The outbox messages written, in order. */
    public synchronized List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }
}
