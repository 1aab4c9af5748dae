package io.coastwatch.operations.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The time one resource (or several, {@link #plus summed}) spent in each status over a period, derived
 * from the timeline. Immutable.
 *
 * @param resourceId the resource, or {@code null} for a sum of several
 * @param start      the period's start
 * @param end        its end (exclusive)
 * @param spent      the time per status; a status never held is absent
 */
public record StatusHours(String resourceId, Instant start, Instant end, Map<ResourceStatus, Duration> spent) {

    public StatusHours {
        EnumMap<ResourceStatus, Duration> copy = new EnumMap<>(ResourceStatus.class);
        copy.putAll(spent);
        spent = Collections.unmodifiableMap(copy);
    }

    /** The time in {@code status}. */
    public Duration in(ResourceStatus status) {
        return spent.getOrDefault(status, Duration.ZERO);
    }

    /** The time with a status recorded, all statuses together (the rest of the period is unrecorded). */
    public Duration recorded() {
        return spent.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** The time in {@code status} as hours. */
    public double hours(ResourceStatus status) {
        return in(status).toSeconds() / 3600.0;
    }

    /** This and {@code other} (of the same period) summed, for no single resource. */
    public StatusHours plus(StatusHours other) {
        if (!start.equals(other.start) || !end.equals(other.end)) {
            throw new IllegalArgumentException("hours of different periods do not add up");
        }
        Map<ResourceStatus, Duration> sum = new EnumMap<>(ResourceStatus.class);
        sum.putAll(spent);
        other.spent.forEach((status, duration) -> sum.merge(status, duration, Duration::plus));
        return new StatusHours(null, start, end, sum);
    }

    /** No time at all over the period, the start of a sum. */
    public static StatusHours none(Instant start, Instant end) {
        return new StatusHours(null, start, end, Map.of());
    }
}
