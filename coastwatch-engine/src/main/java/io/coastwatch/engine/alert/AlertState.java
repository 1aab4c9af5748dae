package io.coastwatch.engine.alert;

import java.util.Optional;

/**
 * Where an alert is in its life cycle: new → acknowledged → escalated, or closed as resolved or a
 * false alarm. Open alerts are {@link #NEW}, {@link #ACKNOWLEDGED} and {@link #ESCALATED}; each is
 * stored and shown by its {@link #code()}.
 */
public enum AlertState {
    NEW("new"),
    ACKNOWLEDGED("acknowledged"),
    ESCALATED("escalated"),
    RESOLVED("resolved"),
    FALSE_ALARM("false_alarm");

    private final String code;

    AlertState(String code) {
        this.code = code;
    }

    /** The state as stored and in the API ({@code false_alarm}). */
    public String code() {
        return code;
    }

    /** Whether the alert still waits for a person to close it. */
    public boolean isOpen() {
        return this == NEW || this == ACKNOWLEDGED || this == ESCALATED;
    }

    /** The state with this code, if any. */
    public static Optional<AlertState> ofCode(String code) {
        for (AlertState state : values()) {
            if (state.code.equals(code)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
