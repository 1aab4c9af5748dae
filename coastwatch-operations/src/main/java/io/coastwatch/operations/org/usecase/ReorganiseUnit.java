package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.org.Unit;

/**
 * Gives a unit its next version: a reorganisation (a new name, parent, area or code from a day on) ends
 * the latest version on the new one's first day, and the records made before keep the unit as it was;
 * a version that starts on the same day as the latest corrects it instead, and one that starts on the
 * day the latest ended continues the unit after it (an import of the unit's history).
 */
public final class ReorganiseUnit {

    private final Organisation organisation;

    public ReorganiseUnit(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * @param next the new version; its {@code validFrom} is the day the change takes effect
     * @return the new version as stored
     * @throws NotFound when there is no such unit
     * @throws StateConflict when {@code next} starts before the latest version, or after it ended
     */
    public Unit execute(Actor actor, Unit next) {
        return organisation.transactions().write(() -> {
            Unit latest = organisation.units().latest(next.id())
                    .orElseThrow(() -> new NotFound("no unit " + next.id()));
            organisation.requireMayChange(actor, latest.id());
            if (next.parentId() != null && !next.parentId().equals(latest.parentId())) {
                organisation.requireMayChange(actor, next.parentId());
            }
            var latestFrom = latest.validity().validFrom();
            var nextFrom = next.validity().validFrom();
            if (nextFrom.isBefore(latestFrom)) {
                throw new StateConflict("unit " + next.id() + "'s latest version starts on " + latestFrom
                        + ": a new version starts on or after it");
            }
            if (!nextFrom.equals(latestFrom) && !latest.validity().covers(nextFrom)
                    && !nextFrom.equals(latest.validity().validTo())) {
                throw new StateConflict("unit " + next.id() + " ended on " + latest.validity().validTo()
                        + ": create a unit instead");
            }
            UnitVersions.requireParent(organisation.units(), next);
            if (latest.equals(next)) {
                throw InvalidRequest.of("validFrom", "unchanged", "the new version is the same as the latest");
            }
            boolean correction = nextFrom.equals(latestFrom);
            if (!correction) {
                organisation.units().save(latest.withValidity(latest.validity().endingOn(nextFrom)));
            }
            organisation.units().save(next);
            organisation.audited(actor, next.id(), correction ? "correct" : "reorganise", "unit", next.id(), latest,
                    next);
            return next;
        });
    }
}
