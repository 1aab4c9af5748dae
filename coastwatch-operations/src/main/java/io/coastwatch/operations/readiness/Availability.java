package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/** How soon a resource can be sent, as the readiness board groups them. Its slug is its API code. */
public enum Availability {
    /** Can go now. */
    NOW(new Label("Xuất phát ngay", "Can go now")),
    /** Can go within 30 minutes. */
    WITHIN_30_MINUTES(new Label("Xuất phát trong 30 phút", "Within 30 minutes")),
    /** Cannot be sent; the board says why. */
    NOT_AVAILABLE(new Label("Không sẵn sàng", "Not available"));

    private final Label label;

    Availability(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The kebab-case code: {@code within-30-minutes}. */
    public String slug() {
        return Slugs.of(this);
    }
}
