package io.coastwatch.operations.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource's status over time: its changes in the order they took effect, each lasting until the
 * next (the last one until now and on). Before its first change a resource's status is unrecorded.
 * Immutable and thread-safe.
 */
public final class StatusTimeline {

    private static final Comparator<StatusChange> ORDER =
            Comparator.comparing(StatusChange::from).thenComparing(StatusChange::recordedAt);

    private final String resourceId;
    private final List<StatusChange> changes;

    /** @param changes the resource's changes, in any order */
    public StatusTimeline(String resourceId, List<StatusChange> changes) {
        this.resourceId = resourceId;
        List<StatusChange> sorted = new ArrayList<>(changes);
        if (sorted.stream().anyMatch(change -> !change.resourceId().equals(resourceId))) {
            throw new IllegalArgumentException("a timeline holds one resource's changes: " + resourceId);
        }
        sorted.sort(ORDER);
        this.changes = List.copyOf(sorted);
    }

    public String resourceId() {
        return resourceId;
    }

    /** The changes, oldest first. */
    public List<StatusChange> changes() {
        return changes;
    }

    /** The change in effect at {@code at}: the last that took effect at or before it. */
    public Optional<StatusChange> at(Instant at) {
        StatusChange current = null;
        for (StatusChange change : changes) {
            if (change.from().isAfter(at)) {
                break;
            }
            current = change;
        }
        return Optional.ofNullable(current);
    }

    /** The changes in effect at some time in [{@code start}, {@code end}). */
    public List<StatusChange> during(Instant start, Instant end) {
        List<StatusChange> during = new ArrayList<>();
        at(start).ifPresent(during::add);
        changes.stream().filter(change -> change.from().isAfter(start) && change.from().isBefore(end)).forEach(during::add);
        return during;
    }

    /** How long the resource spent in each status in [{@code start}, {@code end}); the rest is unrecorded. */
    public StatusHours hours(Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
        }
        Map<ResourceStatus, Duration> spent = new EnumMap<>(ResourceStatus.class);
        for (int i = 0; i < changes.size(); i++) {
            Instant from = max(changes.get(i).from(), start);
            Instant until = i + 1 < changes.size() ? min(changes.get(i + 1).from(), end) : end;
            if (from.isBefore(until)) {
                spent.merge(changes.get(i).status(), Duration.between(from, until), Duration::plus);
            }
        }
        return new StatusHours(resourceId, start, end, spent);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
