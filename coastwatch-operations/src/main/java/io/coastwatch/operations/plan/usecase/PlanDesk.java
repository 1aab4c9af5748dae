package io.coastwatch.operations.plan.usecase;

import io.coastwatch.operations.access.Actor;
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

/**
 * What the plan use cases share: the ports, the clock, and the scope rule (a plan belongs to the unit
 * that adopted it; an actor sees and changes the plans of the units in their scope). Immutable.
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

    /** Today in Vietnam. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(Period.VIETNAM));
    }

    /** The tree of today's units. */
    UnitTree tree() {
        return units.treeOn(today());
    }

    /** The plan, when it is in the actor's scope; a plan out of scope is not disclosed. */
    Plan visiblePlan(Actor actor, String planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFound("no plan " + planId));
        if (!UnitScope.of(actor, tree()).includesUnit(plan.unitId())) {
            throw new NotFound("no plan " + planId);
        }
        return plan;
    }

    /** Refuses an actor who may not write for {@code unitId}. */
    void requireScope(Actor actor, String unitId) {
        if (!UnitScope.of(actor, tree()).includesUnit(unitId)) {
            throw new OutOfScope(actor.account() + " may not set plans for unit " + unitId);
        }
    }
}
