package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a tip stands ({@code docs/operations.md}, "People's reports"): received → triaged → verifying →
 * confirmed (it opens or joins a case) / unfounded / duplicate (merged into another tip). Confirmed,
 * unfounded and duplicate are final.
 */
public enum TipState {
    RECEIVED(new Label("Mới tiếp nhận", "Received")),
    TRIAGED(new Label("Đã phân loại", "Triaged")),
    VERIFYING(new Label("Đang xác minh", "Verifying")),
    CONFIRMED(new Label("Đúng sự thật", "Confirmed")),
    UNFOUNDED(new Label("Không có cơ sở", "Unfounded")),
    DUPLICATE(new Label("Trùng tin", "Duplicate"));

    private final Label label;

    TipState(Label label) {
        this.label = label;
    }

    /** As the API names it: {@code verifying}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Label label() {
        return label;
    }

    /** Whether the tip is still being worked on. */
    public boolean isOpen() {
        return this == RECEIVED || this == TRIAGED || this == VERIFYING;
    }

    /** The states a tip in this state may be moved to. */
    public Set<TipState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(TRIAGED, VERIFYING, CONFIRMED, UNFOUNDED, DUPLICATE);
            case TRIAGED -> EnumSet.of(VERIFYING, CONFIRMED, UNFOUNDED, DUPLICATE);
            case VERIFYING -> EnumSet.of(CONFIRMED, UNFOUNDED, DUPLICATE);
            case CONFIRMED, UNFOUNDED, DUPLICATE -> EnumSet.noneOf(TipState.class);
        };
    }

    /** @throws IllegalArgumentException naming the known codes when {@code code} is none of them */
    public static TipState of(String code) {
        return Arrays.stream(values()).filter(state -> state.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tip state '" + code + "'; one of "
                        + Arrays.stream(values()).map(TipState::code).collect(Collectors.joining(", "))));
    }
}
