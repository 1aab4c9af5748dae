package io.coastwatch.engine.alert;

import java.util.Optional;

/**
 * The unit of a rule parameter or of a figure of a detection, named by its slug in the rules file's
 * catalogue and in the API ({@code nm}, {@code kn} …).
 */
public enum Unit {
    NAUTICAL_MILES("nm"),
    KNOTS("kn"),
    METRES("m"),
    KILOMETRES("km"),
    DEGREES("deg"),
    COUNT("count"),
    HOURS("h"),
    MINUTES("min"),
    /** A moment: the figure's value is an ISO-8601 instant. */
    INSTANT("instant");

    private final String slug;

    Unit(String slug) {
        this.slug = slug;
    }

    /** The unit as the API writes it ({@code nm}). */
    public String slug() {
        return slug;
    }

    /** The unit written {@code slug}, if any. */
    public static Optional<Unit> ofSlug(String slug) {
        for (Unit unit : values()) {
            if (unit.slug.equals(slug)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
