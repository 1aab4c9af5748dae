package io.coastwatch.engine.alert;

import io.coastwatch.engine.label.Label;
import java.util.Optional;

/**
 * Where an alert is in its life cycle: new → acknowledged → escalated, or closed as resolved or a
 * false alarm. Open alerts are {@link #NEW}, {@link #ACKNOWLEDGED} and {@link #ESCALATED}; each is
 * stored and shown by its {@link #code()}.
 */
public enum AlertState {
    NEW("new", "Mới", "New"),
    ACKNOWLEDGED("acknowledged", "Đã tiếp nhận", "Acknowledged"),
    ESCALATED("escalated", "Đã báo cáo cấp trên", "Escalated"),
    RESOLVED("resolved", "Đã xử lý", "Resolved"),
    FALSE_ALARM("false-alarm", "Báo động giả", "False alarm");

    private final String slug;
    private final Label label;

    AlertState(String slug, String vi, String en) {
        this.slug = slug;
        this.label = Label.of(vi, en);
    }

    /** The state as stored, in the API and in the catalogue: a kebab-case slug ({@code false-alarm}). */
    public String slug() {
        return slug;
    }

    /** The state's name for people. */
    public Label label() {
        return label;
    }

    /** Whether the alert still waits for a person to close it. */
    public boolean isOpen() {
        return this == NEW || this == ACKNOWLEDGED || this == ESCALATED;
    }

    /**
     * The state written {@code slug}, if any; the spelling before slugs ({@code false_alarm}, as API
     * clients of that time send it) is taken too.
     */
    public static Optional<AlertState> ofSlug(String slug) {
        for (AlertState state : values()) {
            if (state.slug.equals(slug) || state.slug.equals(slug.replace('_', '-'))) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
