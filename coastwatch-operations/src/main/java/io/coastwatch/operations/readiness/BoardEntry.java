package io.coastwatch.operations.readiness;

import io.coastwatch.operations.org.Resource;
import java.util.List;
import java.util.Objects;

/**
 * One resource on the readiness board. Immutable.
 *
 * @param resource     the resource
 * @param availability how soon it can go ({@link Availability#NOT_AVAILABLE} when no status is recorded)
 * @param current      the status change in effect (its reason and expected return), or {@code null} when none is recorded
 * @param conflicts    what is wrong with its planned uses from now on
 */
public record BoardEntry(Resource resource, Availability availability, StatusChange current, List<Conflict> conflicts) {

    public BoardEntry {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(availability, "availability");
        conflicts = List.copyOf(conflicts);
    }
}
