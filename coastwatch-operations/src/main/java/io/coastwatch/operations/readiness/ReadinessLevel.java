package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/**
 * A unit's degree of combat readiness (chế độ sẵn sàng chiến đấu), from the everyday level up, in the
 * order they rise. Its slug is its code in the API. A unit with no order recorded is at
 * {@link #REGULAR}.
 */
public enum ReadinessLevel {
    /** Thường xuyên: the everyday level. */
    REGULAR(new Label("Thường xuyên", "Regular")),
    /** Tăng cường: reinforced. */
    REINFORCED(new Label("Tăng cường", "Reinforced")),
    /** Cao: high. */
    HIGH(new Label("Cao", "High")),
    /** Toàn bộ: full. */
    FULL(new Label("Toàn bộ", "Full"));

    private final Label label;

    ReadinessLevel(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The kebab-case code: {@code reinforced}. */
    public String slug() {
        return Slugs.of(this);
    }

    /** The level of a slug or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static ReadinessLevel of(String code) {
        return Slugs.parse(ReadinessLevel.class, code, "readiness level");
    }
}
