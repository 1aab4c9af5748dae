package io.coastwatch.engine.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One figure of a detection: a number in its unit ({@code 6.8 h}, {@code 3.8 nm}) or a moment
 * ({@link Unit#INSTANT}: the value is UNIX milliseconds, {@link #instant()} reads it). Each rule type
 * declares the figures its detections carry ({@link io.coastwatch.engine.rule.FigureSpec}); the API
 * serves them as {@code {"value": 6.8, "unit": "h"}}, a moment as an ISO-8601 instant. Immutable.
 *
 * @param value the number, in {@code unit} (for a moment, UNIX ms); finite
 * @param unit its unit
 */
public record Figure(double value, Unit unit) {
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final double MILLIS_PER_MINUTE = 60_000.0;

    public Figure {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure is finite, not " + value + " " + unit.slug());
        }
    }

    /** {@code value} in {@code unit}. */
    public static Figure of(double value, Unit unit) {
        return new Figure(value, unit);
    }

    /** A span of {@code millis} in hours. */
    public static Figure hours(long millis) {
        return new Figure(millis / MILLIS_PER_HOUR, Unit.HOURS);
    }

    /** A span of {@code millis} in minutes. */
    public static Figure minutes(long millis) {
        return new Figure(millis / MILLIS_PER_MINUTE, Unit.MINUTES);
    }

    /** The moment {@code epochMillis} (UNIX ms). */
    public static Figure instant(long epochMillis) {
        return new Figure(epochMillis, Unit.INSTANT);
    }

    /**
     * The moment this figure is.
     *
     * @throws IllegalStateException when it is not a moment
     */
    public Instant instant() {
        if (unit != Unit.INSTANT) {
            throw new IllegalStateException("not a moment: " + this);
        }
        return Instant.ofEpochMilli((long) value);
    }

    /** The figure as text: a moment as ISO-8601, a number with at most one decimal ({@code 3.8}). */
    public String text() {
        if (unit == Unit.INSTANT) {
            return instant().toString();
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
