package io.coastwatch.operations.readiness;

import java.util.List;
import java.util.Objects;

/**
 * One unit on the readiness board: its level and the order that set it, and its own resources.
 * Immutable.
 *
 * @param unitId    the unit
 * @param level     its level ({@link ReadinessLevel#REGULAR} when no order is in effect)
 * @param order     the order in effect, or {@code null}
 * @param resources its resources, by availability (now first) and then name
 */
public record UnitReadiness(String unitId, ReadinessLevel level, ReadinessOrder order, List<BoardEntry> resources) {

    public UnitReadiness {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(level, "level");
        resources = List.copyOf(resources);
    }

    /** The resources that are {@code availability}. */
    public List<BoardEntry> resources(Availability availability) {
        return resources.stream().filter(entry -> entry.availability() == availability).toList();
    }
}
