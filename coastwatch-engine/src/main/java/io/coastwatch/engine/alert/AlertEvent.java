package io.coastwatch.engine.alert;

import java.util.Objects;

/**
 * One step in an alert's history: who did what, when, and why.
 *
 * @param alertId the alert
 * @param timeMillis when, UNIX ms (event time for the engine's steps, wall-clock time for a person's)
 * @param user the account that did it, or {@code system} for the engine
 * @param action what happened, a kebab-case slug: {@code created}, {@code severity-raised}, {@code ended},
 *     the state a person moved it to ({@code acknowledged}, {@code escalated}, {@code resolved},
 *     {@code false-alarm}), or {@code assigned} (the comment says to which unit)
 * @param comment the person's comment, or {@code null}
 * @param unitId the unit an {@link #ASSIGNED} step gave the alert to, else {@code null}
 */
public record AlertEvent(long alertId, long timeMillis, String user, String action, String comment, String unitId) {

    /** The user recorded for what the engine did. */
    public static final String SYSTEM = "system";
    /** {@link #action} of the step that opened the alert. */
    public static final String CREATED = "created";
    /** {@link #action} of the step that raised its severity. */
    public static final String SEVERITY_RAISED = "severity-raised";
    /** {@link #action} of the step that recorded its condition stopped holding. */
    public static final String ENDED = "ended";
    /** {@link #action} of the step that assigned it to a unit ({@link #unitId}). */
    public static final String ASSIGNED = "assigned";

    public AlertEvent {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
    }

    /** A step that names no unit. */
    public AlertEvent(long alertId, long timeMillis, String user, String action, String comment) {
        this(alertId, timeMillis, user, action, comment, null);
    }

    /** This step of alert {@code id} (the store's id, once the alert has one). */
    public AlertEvent withAlertId(long id) {
        return new AlertEvent(id, timeMillis, user, action, comment, unitId);
    }
}
