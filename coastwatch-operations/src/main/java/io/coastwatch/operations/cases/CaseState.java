package io.coastwatch.operations.cases;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a case stands ({@code docs/operations.md}, "Incidents and coordination"): reported → verifying →
 * confirmed or unfounded → responding → handling → handed over → closed. A step may be skipped forward
 * where the work allows it (a confirmed case handled at once, a case closed after its handling), never
 * backward; a closed or unfounded case is reopened into {@link #VERIFYING}, and the reopening is a step
 * like any other, with who, when and why.
 */
public enum CaseState {
    REPORTED(new Label("Tiếp nhận", "Reported")),
    VERIFYING(new Label("Đang xác minh", "Verifying")),
    CONFIRMED(new Label("Đã xác minh, có vụ việc", "Confirmed")),
    UNFOUNDED(new Label("Không có cơ sở", "Unfounded")),
    RESPONDING(new Label("Đang triển khai lực lượng", "Responding")),
    HANDLING(new Label("Đang xử lý", "Handling")),
    HANDED_OVER(new Label("Đã bàn giao", "Handed over")),
    CLOSED(new Label("Kết thúc", "Closed"));

    private final Label label;

    CaseState(Label label) {
        this.label = label;
    }

    /** The state as the API names it: {@code handed-over}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Label label() {
        return label;
    }

    /** Whether the case is still worked on: neither closed nor unfounded. */
    public boolean isOpen() {
        return this != CLOSED && this != UNFOUNDED;
    }

    /** The states a case in this state may be moved to. */
    public Set<CaseState> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(VERIFYING, CONFIRMED, UNFOUNDED);
            case VERIFYING -> EnumSet.of(CONFIRMED, UNFOUNDED);
            case CONFIRMED -> EnumSet.of(RESPONDING, HANDLING, HANDED_OVER, CLOSED);
            case RESPONDING -> EnumSet.of(HANDLING, HANDED_OVER, CLOSED);
            case HANDLING -> EnumSet.of(HANDED_OVER, CLOSED);
            case HANDED_OVER -> EnumSet.of(CLOSED);
            case UNFOUNDED, CLOSED -> EnumSet.of(VERIFYING);
        };
    }

    /** Whether moving from this state to {@code to} reopens the case. */
    public boolean reopensInto(CaseState to) {
        return !isOpen() && to.isOpen();
    }

    /**
     * The state of {@code code} ({@code handed-over}).
     *
     * @throws IllegalArgumentException naming the known codes otherwise
     */
    public static CaseState of(String code) {
        return Arrays.stream(values()).filter(state -> state.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case state '" + code + "'; one of "
                        + Arrays.stream(values()).map(CaseState::code).collect(Collectors.joining(", "))));
    }
}
