package io.coastwatch.engine.alert;

import io.coastwatch.engine.label.Label;
import java.util.Optional;

/**
 * Where an alert is in its life cycle: new → acknowledged → escalated, or closed as resolved or a
 * false alarm. Open alerts are {@link #NEW}, {@link #ACKNOWLEDGED} and {@link #ESCALATED}; each is
 * stored and shown by its {@link #code()}.
 */
public enum AlertState {
    NEW("new", "new", "Mới", "New"),
    ACKNOWLEDGED("acknowledged", "acknowledged", "Đã tiếp nhận", "Acknowledged"),
    ESCALATED("escalated", "escalated", "Đã báo cáo cấp trên", "Escalated"),
    RESOLVED("resolved", "resolved", "Đã xử lý", "Resolved"),
    FALSE_ALARM("false_alarm", "false-alarm", "Báo động giả", "False alarm");

    private final String code;
    private final String slug;
    private final Label label;

    AlertState(String code, String slug, String vi, String en) {
        this.code = code;
        this.slug = slug;
        this.label = Label.of(vi, en);
    }

    /** The state as the catalogue names it: a kebab-case slug ({@code false-alarm}). */
    public String slug() {
        return slug;
    }

    /** The state's name for people. */
    public Label label() {
        return label;
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
