package io.coastwatch.engine.alert.lifecycle;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import java.util.Objects;

/**
 * One change the {@link AlertBook} made and stored: the alert as it is now, and the history step that
 * records it. Immutable.
 *
 * @param alert the alert after the change (with its id)
 * @param event the step recorded ({@code created}, {@code severity-raised}, {@code ended}, or a person's
 *     transition), or {@code null} for an update that records none (a later detection of a holding
 *     condition at the same severity)
 */
public record AlertChange(Alert alert, AlertEvent event) {

    public AlertChange {
        Objects.requireNonNull(alert, "alert");
    }

    /** Whether the change opened the alert. */
    public boolean created() {
        return event != null && AlertEvent.CREATED.equals(event.action());
    }

    /** Whether the change recorded a history step (and so wrote its outbox messages). */
    public boolean recorded() {
        return event != null;
    }
}
