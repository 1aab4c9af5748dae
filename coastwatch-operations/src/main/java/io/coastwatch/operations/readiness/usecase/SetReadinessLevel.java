package io.coastwatch.operations.readiness.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.readiness.ReadinessLevel;
import io.coastwatch.operations.readiness.ReadinessOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A commander sets a unit's readiness level by an order, from a moment (now when not given). The order
 * is appended to the unit's history; audited ({@code set-level}, {@code readiness-level}, the unit's id).
 * Thread-safe.
 */
public final class SetReadinessLevel {

    /** What is asked, as the request gives it: the level's code, the order's reference, why, from when. */
    public record Request(String unitId, String level, String order, String reason, Instant effectiveAt) {
    }

    private final ReadinessDesk desk;

    public SetReadinessLevel(ReadinessDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws InvalidRequest naming each bad field
     * @throws io.coastwatch.operations.common.NotFound when the unit is no unit of today
     * @throws io.coastwatch.operations.common.OutOfScope unless the actor commands the unit or one above it
     * @throws io.coastwatch.operations.common.StateConflict when the unit has an order effective at that instant
     */
    public ReadinessOrder execute(Actor actor, Request request) {
        List<Problem> problems = new ArrayList<>();
        ReadinessLevel level = Codes.parse(problems, "level", request.level(), ReadinessLevel::of);
        String order = Codes.text(problems, "order", request.order(), true);
        String reason = Codes.text(problems, "reason", request.reason(), false);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (desk.tree().find(request.unitId()).isEmpty()) {
            throw new NotFound("no unit " + request.unitId());
        }
        desk.requireRole(actor, Role.COMMANDER, request.unitId());
        Instant now = desk.clock().instant();
        ReadinessOrder recorded = new ReadinessOrder(request.unitId(), level, order, reason,
                request.effectiveAt() == null ? now : request.effectiveAt(), actor.account(), now);
        return desk.transactions().write(() -> {
            desk.readiness().append(recorded);
            desk.audit().append(AuditRecord.of(actor, recorded.unitId(), "set-level", "readiness-level",
                    recorded.unitId(), null, recorded));
            return recorded;
        });
    }
}
