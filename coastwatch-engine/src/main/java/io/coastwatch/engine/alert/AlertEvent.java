package io.coastwatch.engine.alert;

import java.util.Objects;

/**
 * One step in an alert's history: who did what, when, and why.
 *
 * @param alertId the alert
 * @param timeMillis when, UNIX ms (event time for the engine's steps, wall-clock time for a person's)
 * @param user the account that did it, or {@code system} for the engine
 * @param action what happened: {@code created}, {@code severity_raised}, {@code ended}, or the state
 *     a person moved it to ({@code acknowledged}, {@code escalated}, {@code resolved}, {@code false_alarm})
 * @param comment the person's comment, or {@code null}
 */
public record AlertEvent(long alertId, long timeMillis, String user, String action, String comment) {

    /** The user recorded for what the engine did. */
    public static final String SYSTEM = "system";
    /** {@link #action} of the step that opened the alert. */
    public static final String CREATED = "created";
    /** {@link #action} of the step that raised its severity. */
    public static final String SEVERITY_RAISED = "severity_raised";
    /** {@link #action} of the step that recorded its condition stopped holding. */
    public static final String ENDED = "ended";

    public AlertEvent {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
    }
}
