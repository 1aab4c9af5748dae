package io.coastwatch.engine.alert;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the figures of one detection by name, leaving out a number that is not finite (a speed
 * not reported, a time to the limit of a vessel at rest): a figure is only what was measured. Not
 * thread-safe; one per detection.
 */
public final class Figures {
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    /** {@code name} is {@code value} in {@code unit}, unless the value is NaN or infinite. */
    public Figures with(String name, double value, Unit unit) {
        if (Double.isFinite(value)) {
            figures.put(name, Figure.of(value, unit));
        }
        return this;
    }

    /** {@code name} is the span {@code millis} in hours. */
    public Figures hours(String name, long millis) {
        figures.put(name, Figure.hours(millis));
        return this;
    }

    /** {@code name} is the span {@code millis} in minutes. */
    public Figures minutes(String name, long millis) {
        figures.put(name, Figure.minutes(millis));
        return this;
    }

    /** {@code name} is the moment {@code epochMillis}. */
    public Figures instant(String name, long epochMillis) {
        figures.put(name, Figure.instant(epochMillis));
        return this;
    }

    /** The figures collected. */
    public Map<String, Figure> toMap() {
        return Map.copyOf(figures);
    }
}
