package io.coastwatch.engine.port;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the {@link io.coastwatch.engine.alert.lifecycle.AlertBook} keeps alerts, their history and evidence.
 * Every write is one durable transaction: the alert change, its history step, its evidence and the
 * outbox messages that report it ({@link OutboxMessage}, the webhook deliveries) are stored together
 * or not at all. The repository keeps at most one open alert per {@link Alert#key()} (a second is
 * refused with {@link IllegalStateException}); deciding what changes is the book's job.
 * Implementations are thread-safe ({@code coastwatch-store}'s {@code JdbcAlertStore}, and
 * {@link io.coastwatch.engine.alert.lifecycle.InMemoryAlerts} for tests and benchmarks).
 */
public interface AlertRepository {

    /** Evidence kept per alert: beyond it, the oldest positions are dropped. */
    int MAX_EVIDENCE = 1_000;

    /**
     * Stores a new alert (its {@code id} is ignored) with its first history step (whose
     * {@code alertId} is ignored), its evidence, and the outbox messages {@code outbox} builds from the
     * stored alert.
     *
     * @return the alert with its id
     * @throws IllegalStateException when an open alert with the same key exists
     */
    Alert create(Alert alert, AlertEvent event, List<PositionFix> evidence, Function<Alert, List<OutboxMessage>> outbox);

    /**
     * Replaces the stored alert with the same id by {@code alert}, appends {@code evidence} (positions
     * stored already are kept once), adds {@code event} when not {@code null}, and the outbox messages
     * {@code outbox} builds.
     *
     * @throws IllegalStateException when there is no such alert, or the change would open a second
     *     alert with the same key
     */
    void update(Alert alert, AlertEvent event, List<PositionFix> evidence, Function<Alert, List<OutboxMessage>> outbox);

    Optional<Alert> find(long id);

    /** Every open alert (new, acknowledged, escalated), in id order. */
    List<Alert> open();

    /** The alerts that pass {@code query}, newest last detection first (then highest id). */
    AlertPage search(AlertQuery query);

    /** The alert's history, oldest first; empty when there is no such alert. */
    List<AlertEvent> history(long alertId);

    /** The alert's evidence, oldest first (by time, then vessel). */
    List<PositionFix> evidence(long alertId);
}
