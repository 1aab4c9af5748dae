package io.coastwatch.operations.plan.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.PlanKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit adopts a plan (a resolution, a year's plan, a campaign), with no targets yet. Audited
 * ({@code create}, {@code plan}). Thread-safe.
 */
public final class CreatePlan {

    /** What is asked: the plan's fields as the request gives them. */
    public record Request(String id, String kind, String unitId, String title, LocalDate first, LocalDate last) {
    }

    private final PlanDesk desk;

    public CreatePlan(PlanDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws InvalidRequest naming each bad field
     * @throws io.coastwatch.operations.common.OutOfScope when the unit is not the actor's
     * @throws StateConflict when a plan with that id exists
     */
    public Plan execute(Actor actor, Request request) {
        Plan plan = valid(request);
        desk.requireScope(actor, plan.unitId());
        return desk.transactions().write(() -> {
            if (desk.plans().find(plan.id()).isPresent()) {
                throw new StateConflict("a plan " + plan.id() + " exists already");
            }
            desk.plans().save(plan);
            desk.audit().append(AuditRecord.of(actor, plan.unitId(), "create", "plan", plan.id(), null, plan));
            return plan;
        });
    }

    private Plan valid(Request request) {
        List<Problem> problems = new ArrayList<>();
        check(problems, "id", request.id());
        check(problems, "unitId", request.unitId());
        PlanKind kind = request.kind() == null ? null : PlanKind.ofCode(request.kind()).orElse(null);
        if (kind == null) {
            problems.add(new Problem("kind", request.kind() == null ? "required" : "unknown-value",
                    "kind must be resolution, year-plan or campaign"));
        }
        if (request.title() == null || request.title().isBlank()) {
            problems.add(new Problem("title", "required", "title is required"));
        } else if (request.title().length() > 300) {
            problems.add(new Problem("title", "too-long", "title must be at most 300 characters"));
        }
        if (request.first() == null) {
            problems.add(new Problem("first", "required", "first (the period's first day) is required"));
        }
        if (request.last() == null) {
            problems.add(new Problem("last", "required", "last (the period's last day) is required"));
        } else if (request.first() != null && request.last().isBefore(request.first())) {
            problems.add(new Problem("last", "out-of-range", "last must not be before first"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (desk.tree().find(request.unitId()).isEmpty()) {
            throw InvalidRequest.of("unitId", "unknown-value", "no unit " + request.unitId() + " today");
        }
        return new Plan(request.id(), kind, request.unitId(), request.title(),
                new Period(request.first(), request.last()), List.of());
    }

    private static void check(List<Problem> problems, String field, String id) {
        try {
            Ids.check(field, id);
        } catch (InvalidRequest e) {
            problems.addAll(e.problems());
        }
    }
}
