package io.coastwatch.operations.registry.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.VesselForms;
import java.util.List;
import java.util.Optional;

/**
 * Registers a vessel or changes its record: a new version in its history, audited with the record
 * before and after. The record before and after must both be in the actor's scope (a station cannot
 * take another station's vessel by naming itself its home station). Saving what is already recorded
 * changes nothing.
 */
public final class SaveVessel {

    private final Fleet fleet;

    public SaveVessel(Fleet fleet) {
        this.fleet = fleet;
    }

    /**
     * @return the vessel as stored
     * @throws io.coastwatch.operations.common.OutOfScope when the vessel, before or after, is not in {@code scope}
     */
    public FleetVessel execute(Actor actor, UnitScope scope, FleetVessel vessel) {
        return fleet.transactions().write(() -> {
            Optional<FleetVessel> before = fleet.vessels().byKey(vessel.key());
            before.ifPresent(recorded -> Fleet.requireInScope(actor, scope, recorded));
            Fleet.requireInScope(actor, scope, vessel);
            Fleet.requireDevicesFree(vessel, device -> fleet.vessels().byVmsDevice(device).map(FleetVessel::key),
                    "vmsDeviceIds");
            if (before.isPresent() && before.get().equals(vessel)) {
                return vessel;
            }
            String action = before.isPresent() ? "update" : "create";
            fleet.vessels().save(List.of(vessel), action, actor.account(), fleet.clock().instant());
            fleet.audited(actor, vessel.homeStationId(), action, Fleet.ENTITY, vessel.key(),
                    before.map(VesselForms::fields).orElse(null), VesselForms.fields(vessel));
            return vessel;
        });
    }
}
