package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.org.Unit;

/** Creates a unit with its first version: its parent must exist on the version's first day. */
public final class CreateUnit {

    private final Organisation organisation;

    public CreateUnit(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * @return the unit as stored
     * @throws StateConflict when a unit with its id exists
     * @throws InvalidRequest when its parent does not exist on its first day
     * @throws io.coastwatch.operations.common.OutOfScope when the actor may not change the parent's subtree
     */
    public Unit execute(Actor actor, Unit unit) {
        return organisation.transactions().write(() -> {
            organisation.requireMayChange(actor, unit.parentId());
            if (!organisation.units().history(unit.id()).isEmpty()) {
                throw new StateConflict("unit " + unit.id() + " exists: change it with a new version");
            }
            UnitVersions.requireParent(organisation.units(), unit);
            organisation.units().save(unit);
            organisation.audited(actor, unit.id(), "create", "unit", unit.id(), null, unit);
            return unit;
        });
    }
}
