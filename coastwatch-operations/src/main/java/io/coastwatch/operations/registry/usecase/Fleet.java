package io.coastwatch.operations.registry.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.operations.registry.FleetRepository;
import io.coastwatch.operations.registry.FleetVessel;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the fleet registry's use cases work on: the transaction, the audit log, the repository and the
 * clock; and the rule of who may change a vessel's record: whoever's scope holds its home station (a
 * vessel without one, only whoever's scope is the whole command). Which roles may is the access
 * table's. Immutable and thread-safe.
 */
public record Fleet(Transactions transactions, AuditLog audit, FleetRepository vessels, Clock clock) {

    /** The audit's entity of a vessel's record. */
    static final String ENTITY = "fleet-vessel";

    /** @throws OutOfScope unless {@code scope} holds {@code vessel}'s home station */
    static void requireInScope(Actor actor, UnitScope scope, FleetVessel vessel) {
        boolean allowed = vessel.homeStationId() == null ? scope.everything() : scope.includesUnit(vessel.homeStationId());
        if (!allowed) {
            throw new OutOfScope(actor.account() + " may not change the record of " + vessel.registrationNumber()
                    + (vessel.homeStationId() == null ? ", which has no home station" : " of station " + vessel.homeStationId()));
        }
    }

    /**
     * @throws InvalidRequest on {@code vmsDeviceIds} when a device of {@code vessel} is carried by another
     *     vessel ({@code ownerOfDevice} gives a device's vessel key, if any)
     */
    static void requireDevicesFree(FleetVessel vessel, Function<String, Optional<String>> ownerOfDevice, String field) {
        for (String device : vessel.vmsDeviceIds()) {
            Optional<String> owner = ownerOfDevice.apply(device.strip().toUpperCase(Locale.ROOT));
            if (owner.isPresent() && !owner.get().equals(vessel.key())) {
                throw InvalidRequest.of(field, "duplicate", "VMS device " + device + " is carried by " + owner.get());
            }
        }
    }

    /** Appends {@code actor}'s write to the audit log, in the caller's transaction. */
    void audited(Actor actor, String unitId, String action, String entity, String entityId, Object before, Object after) {
        audit.append(AuditRecord.of(actor, unitId, action, entity, entityId, before, after));
    }
}
