package io.coastwatch.engine.alert;

import io.coastwatch.engine.label.Label;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may do to an alert, and from which states: acknowledge a new one; escalate a new or
 * acknowledged one; close any open one as resolved or as a false alarm. Closed alerts stay closed.
 */
public enum AlertAction {
    ACKNOWLEDGE("acknowledge", AlertState.ACKNOWLEDGED, EnumSet.of(AlertState.NEW), "Tiếp nhận", "Acknowledge"),
    ESCALATE("escalate", AlertState.ESCALATED, EnumSet.of(AlertState.NEW, AlertState.ACKNOWLEDGED),
            "Báo cáo cấp trên", "Escalate"),
    RESOLVE("resolve", AlertState.RESOLVED, EnumSet.of(AlertState.NEW, AlertState.ACKNOWLEDGED, AlertState.ESCALATED),
            "Đã xử lý xong", "Resolve"),
    FALSE_ALARM("false-alarm", AlertState.FALSE_ALARM,
            EnumSet.of(AlertState.NEW, AlertState.ACKNOWLEDGED, AlertState.ESCALATED), "Báo động giả", "False alarm");

    private final String path;
    private final AlertState target;
    private final Set<AlertState> from;
    private final Label label;

    AlertAction(String path, AlertState target, Set<AlertState> from, String vi, String en) {
        this.path = path;
        this.target = target;
        this.from = from;
        this.label = Label.of(vi, en);
    }

    /** The action's name for people. */
    public Label label() {
        return label;
    }

    /** The states an alert may take this action from, in the order of {@link AlertState}. */
    public Set<AlertState> from() {
        return Collections.unmodifiableSet(from);
    }

    /** The action as the last segment of its API path ({@code false-alarm}). */
    public String path() {
        return path;
    }

    /** The state it moves an alert to. */
    public AlertState target() {
        return target;
    }

    /** Whether an alert in {@code state} may take this action. */
    public boolean allowedFrom(AlertState state) {
        return from.contains(state);
    }

    /** The action with this path segment, if any. */
    public static Optional<AlertAction> ofPath(String path) {
        for (AlertAction action : values()) {
            if (action.path.equals(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
