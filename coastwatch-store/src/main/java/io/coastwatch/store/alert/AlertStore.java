package io.coastwatch.store.alert;

import io.coastwatch.engine.port.AlertRepository;
import java.util.List;
import java.util.OptionalLong;

/**
 * The stored alerts ({@link AlertRepository}, the engine's port) and the webhook outbox their changes
 * write to, in the same transaction: the deliveries due, and how each went. Thread-safe.
 */
public interface AlertStore extends AlertRepository {
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
