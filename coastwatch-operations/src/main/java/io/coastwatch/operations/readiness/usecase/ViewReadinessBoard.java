package io.coastwatch.operations.readiness.usecase;

import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.readiness.Commitment;
import io.coastwatch.operations.readiness.ReadinessBoard;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The readiness board of a unit (and the units below it) or of the whole command, at a moment (now when
 * not given), for the units of the caller's scope. A read. Thread-safe.
 */
public final class ViewReadinessBoard {

    /** How far ahead the board looks for planned uses that conflict. */
    public static final Duration HORIZON = Duration.ofDays(7);

    private final ReadinessDesk desk;

    public ViewReadinessBoard(ReadinessDesk desk) {
        this.desk = desk;
    }

    /**
     * @param unitId the unit, or {@code null} for every unit of the scope
     * @throws io.coastwatch.operations.common.NotFound when {@code unitId} is no unit or out of scope
     */
    public ReadinessBoard execute(UnitScope scope, String unitId, Instant at) {
        Instant moment = at == null ? desk.clock().instant() : at;
        List<String> unitIds = desk.unitsOf(scope, unitId);
        Set<String> units = new HashSet<>(unitIds);
        List<Resource> resources = desk.resources().all().stream().filter(resource -> units.contains(resource.unitId()))
                .toList();
        List<String> resourceIds = resources.stream().map(Resource::id).toList();
        Instant until = moment.plus(HORIZON);
        List<Commitment> planned = desk.plannedUses().overlapping(resourceIds, moment, until);
        return ReadinessBoard.of(moment, unitIds, desk.readiness().ordersAt(moment), resources,
                desk.readiness().timelines(resourceIds, moment, until), planned);
    }
}
