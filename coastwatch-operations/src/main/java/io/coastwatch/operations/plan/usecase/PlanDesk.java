package io.coastwatch.operations.plan.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.PlanRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the plan use cases share: the ports, the clock, and the scope rule (a plan belongs to the unit
 * that adopted it; an actor sees the plans of the units in their scope, and a commander or staff analyst
 * changes them). Immutable.
 *
 * @param transactions the unit of work
 * @param audit        the audit log
 * @param plans        the plans
 * @param units        the organisation
 * @param indicators   the indicators and their computations
 * @param clock        the clock (Vietnam's calendar day from it)
 */
public record PlanDesk(Transactions transactions, AuditLog audit, PlanRepository plans, UnitRepository units,
        Indicators indicators, Clock clock) {

    /** The roles that write plans and targets, within their scope. */
    public static final Set<Role> PLANNERS = Set.of(Role.COMMANDER, Role.STAFF_ANALYST);

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Period.VIETNAM));
    }

    /** The tree of today's units. */
    public UnitTree tree() {
        return units.treeOn(today());
    }

    /** The plans of the units in the actor's scope, by period (the latest first), then id. */
    public List<Plan> visiblePlans(Actor actor) {
        UnitScope scope = UnitScope.of(actor, tree());
        return plans.all().stream().filter(plan -> scope.includesUnit(plan.unitId())).toList();
    }

    /**
     * The plan, when it is in the actor's scope.
     *
     * @throws NotFound when there is none, or it is out of scope (which is not disclosed)
     */
    public Plan visiblePlan(Actor actor, String planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFound("no plan " + planId));
        if (!UnitScope.of(actor, tree()).includesUnit(plan.unitId())) {
            throw new NotFound("no plan " + planId);
        }
        return plan;
    }

    /**
     * Refuses an actor who may not write plans for {@code unitId}: only a system job, or a commander or
     * staff analyst of the unit or a unit above it, may (the actor's other roles do not count).
     */
    void requireScope(Actor actor, String unitId) {
        if (actor.isSystem()) {
            return;
        }
        Actor planner = new Actor(actor.account(), actor.personId(), actor.assignments().stream()
                .filter(assignment -> PLANNERS.contains(assignment.role())).toList());
        if (planner.assignments().isEmpty() || !UnitScope.of(planner, tree()).includesUnit(unitId)) {
            throw new OutOfScope(actor.account() + " may not set plans for unit " + unitId);
        }
    }
}
