package io.coastwatch.engine.alert;

import io.coastwatch.engine.label.Label;
import java.util.Locale;

/** How urgent an alert is, least urgent first (so severities compare by {@link #compareTo}). */
public enum Severity {
    /** Worth recording; nobody needs to act now. */
    INFO("Thông tin", "Information"),
    /** The duty officer should look at it this watch. */
    WARNING("Cảnh báo", "Warning"),
    /** Act now: the console sounds and shows a banner. */
    CRITICAL("Khẩn cấp", "Critical");

    private final Label label;

    Severity(String vi, String en) {
        this.label = Label.of(vi, en);
    }

    /** The severity as the API and the catalogue name it ({@code critical}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity's name for people. */
    public Label label() {
        return label;
    }

    /** Its rank, 1 for {@link #INFO} to 3 for {@link #CRITICAL}: a higher rank is more urgent. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The more urgent of {@code a} and {@code b}. */
    public static Severity higher(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
