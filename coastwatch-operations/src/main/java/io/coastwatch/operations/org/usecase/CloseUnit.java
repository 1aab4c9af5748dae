package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.org.Unit;
import java.time.LocalDate;

/** Ends a unit (dissolved or merged away) from a day on; its units below must have been moved or closed. */
public final class CloseUnit {

    private final Organisation organisation;

    public CloseUnit(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * @param day the first day the unit no longer exists
     * @return the ended version
     * @throws NotFound when there is no such unit
     * @throws StateConflict when the unit does not exist on the day before, or units below it still do on {@code day}
     */
    public Unit execute(Actor actor, String unitId, LocalDate day) {
        return organisation.transactions().write(() -> {
            Unit latest = organisation.units().latest(unitId).orElseThrow(() -> new NotFound("no unit " + unitId));
            organisation.requireMayChange(actor, unitId);
            if (!latest.validity().covers(day.minusDays(1)) || !day.isAfter(latest.validity().validFrom())) {
                throw new StateConflict("unit " + unitId + " does not exist on " + day.minusDays(1));
            }
            var below = organisation.units().treeOn(day).children(unitId);
            if (!below.isEmpty()) {
                throw new StateConflict("units below " + unitId + " still exist on " + day + ": "
                        + below.stream().map(Unit::id).toList());
            }
            Unit ended = latest.withValidity(latest.validity().endingOn(day));
            organisation.units().save(ended);
            organisation.audited(actor, unitId, "close", "unit", unitId, latest, ended);
            return ended;
        });
    }
}
