package io.coastwatch.operations.plan.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets a plan's targets, replacing those it had: each for an indicator of the catalogue, a unit of the
 * plan's unit's subtree and a period within the plan's (the plan's own when none is given). Audited
 * ({@code set-targets}, {@code plan}, the plan before and after). Thread-safe.
 */
public final class SetTargets {

    /** One target as the request gives it; {@code first} and {@code last} empty for the plan's period. */
    public record Request(String indicatorCode, String unitId, LocalDate first, LocalDate last, Double value) {
    }

    private final PlanDesk desk;

    public SetTargets(PlanDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws InvalidRequest naming each bad field ({@code targets[2].value})
     * @throws io.coastwatch.operations.common.NotFound when the plan is not there or not in scope
     * @throws io.coastwatch.operations.common.OutOfScope when the actor may not change it
     */
    public Plan execute(Actor actor, String planId, List<Request> targets) {
        return desk.transactions().write(() -> {
            Plan before = desk.visiblePlan(actor, planId);
            desk.requireScope(actor, before.unitId());
            Plan after = before.withTargets(valid(before, targets));
            desk.plans().save(after);
            desk.audit().append(AuditRecord.of(actor, after.unitId(), "set-targets", "plan", planId, before, after));
            return after;
        });
    }

    private List<Target> valid(Plan plan, List<Request> requests) {
        UnitTree tree = desk.tree();
        Set<String> units = tree.subtree(plan.unitId());
        List<Problem> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            String at = "targets[" + i + "].";
            int before = problems.size();
            String unitId = request.unitId() == null ? plan.unitId() : request.unitId();
            if (!units.contains(unitId)) {
                problems.add(new Problem(at + "unitId", "unknown-value",
                        "unit " + unitId + " is not " + plan.unitId() + " or a unit below it"));
            }
            Period period = period(plan, request, at, problems);
            if (request.indicatorCode() == null) {
                problems.add(new Problem(at + "indicatorCode", "required", "indicatorCode is required"));
            } else if (period != null && desk.indicators().definition(request.indicatorCode(), period.last()).isEmpty()) {
                problems.add(new Problem(at + "indicatorCode", "unknown-value",
                        "no indicator " + request.indicatorCode() + " on " + period.last()));
            }
            if (request.value() == null) {
                problems.add(new Problem(at + "value", "required", "value is required"));
            } else if (!(request.value() >= 0) || request.value().isInfinite()) {
                problems.add(new Problem(at + "value", "out-of-range", "value must be a number >= 0"));
            }
            if (problems.size() == before) {
                if (!seen.add(request.indicatorCode() + " " + unitId + " " + period)) {
                    problems.add(new Problem(at + "indicatorCode", "duplicate",
                            "a target for this indicator, unit and period is given twice"));
                } else {
                    targets.add(new Target(request.indicatorCode(), unitId, period, request.value()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return targets;
    }

    private static Period period(Plan plan, Request request, String at, List<Problem> problems) {
        if (request.first() == null && request.last() == null) {
            return plan.period();
        }
        if (request.first() == null || request.last() == null) {
            problems.add(new Problem(at + (request.first() == null ? "first" : "last"), "required",
                    "first and last are given together, or neither (the plan's period)"));
            return null;
        }
        if (request.last().isBefore(request.first())) {
            problems.add(new Problem(at + "last", "out-of-range", "last must not be before first"));
            return null;
        }
        Period period = new Period(request.first(), request.last());
        if (!plan.period().covers(period)) {
            problems.add(new Problem(at + "first", "out-of-range", "the target's period must lie within the plan's "
                    + plan.period().first() + " to " + plan.period().last()));
            return null;
        }
        return period;
    }
}
