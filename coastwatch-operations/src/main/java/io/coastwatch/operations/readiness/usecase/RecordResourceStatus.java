package io.coastwatch.operations.readiness.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.readiness.ResourceStatus;
import io.coastwatch.operations.readiness.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a change in a resource's status (a boat into maintenance, back to ready), from a moment (now
 * when not given), with its reason and expected return. Appended to the resource's timeline; audited
 * ({@code record-status}, {@code resource-status}, the resource's id). Thread-safe.
 */
public final class RecordResourceStatus {

    /** What is asked, as the request gives it. */
    public record Request(String resourceId, String status, String reason, Instant from, Instant expectedReturn) {
    }

    private final ReadinessDesk desk;

    public RecordResourceStatus(ReadinessDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws InvalidRequest naming each bad field
     * @throws NotFound when there is no such resource, or it is out of scope for reading
     * @throws io.coastwatch.operations.common.StateConflict when the resource has a change at that instant
     */
    public StatusChange execute(Actor actor, UnitScope scope, Request request) {
        Resource resource = desk.resources().find(request.resourceId())
                .filter(found -> scope.includesUnit(found.unitId()))
                .orElseThrow(() -> new NotFound("no resource " + request.resourceId()));
        Instant now = desk.clock().instant();
        Instant from = request.from() == null ? now : request.from();
        List<Problem> problems = new ArrayList<>();
        ResourceStatus status = Codes.parse(problems, "status", request.status(), ResourceStatus::of);
        String reason = Codes.text(problems, "reason", request.reason(), status != null && status != ResourceStatus.READY);
        if (request.expectedReturn() != null && !request.expectedReturn().isAfter(from)) {
            problems.add(new Problem("expectedReturn", "out-of-range", "expectedReturn must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        StatusChange change = new StatusChange(resource.id(), status, from, reason, request.expectedReturn(),
                actor.account(), now);
        return desk.transactions().write(() -> {
            desk.readiness().append(change);
            desk.audit().append(AuditRecord.of(actor, resource.unitId(), "record-status", "resource-status",
                    resource.id(), null, change));
            return change;
        });
    }
}
