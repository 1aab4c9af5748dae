package io.coastwatch.operations.readiness.usecase;

import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.readiness.StatusHours;
import io.coastwatch.operations.readiness.StatusTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hours per status of a unit's resources (and those of the units below it) over a period, derived
 * from their timelines: what the indicators read as readiness hours. A read. Thread-safe.
 */
public final class ReadinessHours {

    /** The hours of each resource, and their sum. */
    public record Result(List<StatusHours> resources, StatusHours total) {
    }

    private final ReadinessDesk desk;

    public ReadinessHours(ReadinessDesk desk) {
        this.desk = desk;
    }

    /**
     * @param unitId the unit, or {@code null} for every unit of the scope
     * @throws IllegalArgumentException when {@code end} is before {@code start}
     * @throws io.coastwatch.operations.common.NotFound when {@code unitId} is no unit or out of scope
     */
    public Result execute(UnitScope scope, String unitId, Instant start, Instant end) {
        Set<String> units = new HashSet<>(desk.unitsOf(scope, unitId));
        List<String> resourceIds = desk.resources().all().stream().filter(resource -> units.contains(resource.unitId()))
                .map(Resource::id).toList();
        Map<String, StatusTimeline> timelines = desk.readiness().timelines(resourceIds, start, end);
        List<StatusHours> hours = new ArrayList<>();
        StatusHours total = StatusHours.none(start, end);
        for (String resourceId : resourceIds) {
            StatusHours spent = timelines.getOrDefault(resourceId, new StatusTimeline(resourceId, List.of())).hours(start, end);
            hours.add(spent);
            total = total.plus(spent);
        }
        return new Result(hours, total);
    }
}
