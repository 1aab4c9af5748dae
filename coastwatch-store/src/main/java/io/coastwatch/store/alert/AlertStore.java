package io.coastwatch.store.alert;

import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Alerts, their history and evidence, and the webhook outbox. Every write is one durable
 * transaction: the alert change, its history step, its evidence and the webhook deliveries that
 * report it are stored together or not at all. The store keeps at most one open alert per
 * {@link Alert#key()} (a second is refused with {@link IllegalStateException}); deciding what changes
 * is the caller's job. Thread-safe.
 */
public interface AlertStore {

    /** Evidence kept per alert: beyond it, the oldest positions are dropped. */
    int MAX_EVIDENCE = 1_000;

    /**
     * Stores a new alert (its {@code id} is ignored) with its first history step (whose
     * {@code alertId} is ignored), its evidence, and the webhook deliveries {@code webhooks} builds
     * from the stored alert.
     *
     * @return the alert with its id
     * @throws IllegalStateException when an open alert with the same key exists
     */
    Alert create(Alert alert, AlertEvent event, List<PositionFix> evidence,
            Function<Alert, List<WebhookMessage>> webhooks);

    /**
     * Replaces the stored alert with the same id by {@code alert}, appends {@code evidence} (positions
     * stored already are kept once), adds {@code event} when not {@code null}, and the deliveries
     * {@code webhooks} builds.
     *
     * @throws IllegalStateException when there is no such alert, or the change would open a second
     *     alert with the same key
     */
    void update(Alert alert, AlertEvent event, List<PositionFix> evidence, Function<Alert, List<WebhookMessage>> webhooks);

    Optional<Alert> find(long id);

    /** Every open alert (new, acknowledged, escalated), in id order. */
    List<Alert> open();

    /** The alerts that pass {@code query}, newest last detection first (then highest id). */
    AlertPage search(AlertQuery query);

    /** The alert's history, oldest first; empty when there is no such alert. */
    List<AlertEvent> history(long alertId);

    /** The alert's evidence, oldest first (by time, then vessel). */
    List<PositionFix> evidence(long alertId);

    /** Deliveries due at {@code nowMillis}, earliest due first, at most {@code limit}. */
    List<WebhookDelivery> dueDeliveries(long nowMillis, int limit);

    /** When the earliest pending delivery is due, if any is pending. */
    OptionalLong nextDeliveryMillis();

    /** Records that the receiver accepted delivery {@code id} at {@code timeMillis}. */
    void delivered(long id, long timeMillis);

    /**
     * Records a failed attempt of delivery {@code id}: its attempts grow by one, and it is tried
     * again at {@code nextAttemptMillis}, or never when that is {@link WebhookDelivery#NONE}.
     */
    void attemptFailed(long id, String error, long nextAttemptMillis);

    /** The deliveries reporting on one alert, in the order they were written. */
    List<WebhookDelivery> deliveries(long alertId);
}
