package io.coastwatch.operations.readiness;

import io.coastwatch.operations.org.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The readiness board at a moment, for one unit or the whole command: each unit's level and order, and
 * each of its resources by how soon it can go, why it cannot, and what is wrong with its plans.
 * Immutable.
 *
 * @param at    the moment it shows
 * @param units the units, in the order asked
 */
public record ReadinessBoard(Instant at, List<UnitReadiness> units) {

    private static final Comparator<BoardEntry> ORDER = Comparator.comparing(BoardEntry::availability)
            .thenComparing(entry -> entry.resource().name());

    public ReadinessBoard {
        Objects.requireNonNull(at, "at");
        units = List.copyOf(units);
    }

    /**
     * Draws the board.
     *
     * @param unitIds     the units to show, in order
     * @param orders      the order in effect at {@code at} per unit (a unit without one is at the regular level)
     * @param resources   the resources (those of other units are left out)
     * @param timelines   each resource's timeline by resource id (a resource without one has no status recorded)
     * @param commitments the resources' planned uses; those ended by {@code at} are left out
     */
    public static ReadinessBoard of(Instant at, List<String> unitIds, Map<String, ReadinessOrder> orders,
            Collection<Resource> resources, Map<String, StatusTimeline> timelines, Collection<Commitment> commitments) {
        Map<String, List<Commitment>> planned = commitments.stream().filter(commitment -> commitment.end().isAfter(at))
                .collect(Collectors.groupingBy(Commitment::resourceId));
        Map<String, List<Resource>> byUnit = resources.stream().collect(Collectors.groupingBy(Resource::unitId));
        List<UnitReadiness> units = new ArrayList<>();
        for (String unitId : unitIds) {
            List<BoardEntry> entries = new ArrayList<>();
            for (Resource resource : byUnit.getOrDefault(unitId, List.of())) {
                StatusTimeline timeline = timelines.getOrDefault(resource.id(), new StatusTimeline(resource.id(), List.of()));
                StatusChange current = timeline.at(at).orElse(null);
                Availability availability = current == null ? Availability.NOT_AVAILABLE : current.status().availability();
                entries.add(new BoardEntry(resource, availability, current,
                        Conflicts.of(resource, timeline, planned.getOrDefault(resource.id(), List.of()))));
            }
            entries.sort(ORDER);
            ReadinessOrder order = orders.get(unitId);
            units.add(new UnitReadiness(unitId, order == null ? ReadinessLevel.REGULAR : order.level(), order, entries));
        }
        return new ReadinessBoard(at, units);
    }

    /** The resources of every unit that are {@code availability}. */
    public List<BoardEntry> resources(Availability availability) {
        return units.stream().flatMap(unit -> unit.resources(availability).stream()).toList();
    }
}
