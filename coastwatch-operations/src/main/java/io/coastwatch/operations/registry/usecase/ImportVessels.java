package io.coastwatch.operations.registry.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.registry.FleetFile;
import io.coastwatch.operations.registry.FleetVessel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a file of vessels ({@link FleetFile}): all of them or none. A file is either an update (its
 * vessels added or replaced, others kept) or, with {@code replaceAll}, the whole registry (vessels not
 * in it removed — only for whoever's scope is the whole command, and a file without a vessel only when
 * {@code mayEmpty} confirms it). Every vessel gets its next history version ({@code import}); the
 * import is one audit entry naming the vessels it created, changed and removed (the vessels' versions
 * hold their records).
 */
public final class ImportVessels {

    private final Fleet fleet;

    public ImportVessels(Fleet fleet) {
        this.fleet = fleet;
    }

    /**
     * What an import did.
     *
     * @param created vessels that were not registered
     * @param updated vessels whose record changed
     * @param unchanged vessels recorded as the file has them
     * @param removed vessels removed by a whole-registry import
     */
    public record Result(int created, int updated, int unchanged, int removed) {
    }

    /**
     * @param vessels the file's vessels, distinct keys ({@link FleetFile#vessels} checks it)
     * @throws OutOfScope when a vessel of the file, or one it replaces, is not in {@code scope}, or
     *     {@code replaceAll} without the whole command in scope
     * @throws InvalidRequest on {@code emptyRegistry} when a whole registry without a vessel would empty a
     *     registry and {@code mayEmpty} is false
     */
    public Result execute(Actor actor, UnitScope scope, List<FleetVessel> vessels, boolean replaceAll, boolean mayEmpty) {
        return fleet.transactions().write(() -> {
            if (replaceAll && !scope.everything()) {
                throw new OutOfScope(actor.account() + " may not replace the whole registry");
            }
            int registered = fleet.vessels().count();
            if (replaceAll && vessels.isEmpty() && !mayEmpty && registered > 0) {
                throw InvalidRequest.of("emptyRegistry", "confirmation-required", "the file holds no vessel: replacing"
                        + " the registry with it would remove all " + registered + " vessels; send emptyRegistry=true"
                        + " to do that");
            }
            Map<String, FleetVessel> before = new LinkedHashMap<>();
            fleet.vessels().all().forEach(vessel -> before.put(vessel.key(), vessel));
            Set<String> inFile = new HashSet<>();
            vessels.forEach(vessel -> inFile.add(vessel.key()));
            Map<String, String> deviceOwners = new HashMap<>();
            before.values().stream().filter(vessel -> !inFile.contains(vessel.key())).forEach(vessel -> vessel
                    .vmsDeviceIds().forEach(device -> deviceOwners.put(device.strip().toUpperCase(Locale.ROOT), vessel.key())));
            for (FleetVessel vessel : vessels) {
                Fleet.requireDevicesFree(vessel, device -> Optional.ofNullable(deviceOwners.get(device)),
                        "vmsDeviceIds of " + vessel.registrationNumber());
                vessel.vmsDeviceIds().forEach(device -> deviceOwners.put(device.strip().toUpperCase(Locale.ROOT), vessel.key()));
            }
            List<FleetVessel> changed = new ArrayList<>();
            int created = 0;
            for (FleetVessel vessel : vessels) {
                FleetVessel recorded = before.remove(vessel.key());
                if (recorded != null) {
                    Fleet.requireInScope(actor, scope, recorded);
                }
                Fleet.requireInScope(actor, scope, vessel);
                if (recorded == null) {
                    created++;
                }
                if (!vessel.equals(recorded)) {
                    changed.add(vessel);
                }
            }
            int removed = replaceAll ? before.size() : 0;
            Result result = new Result(created, changed.size() - created, vessels.size() - changed.size(), removed);
            if (changed.isEmpty() && removed == 0) {
                return result;
            }
            fleet.vessels().save(changed, "import", actor.account(), fleet.clock().instant());
            if (removed > 0) {
                fleet.vessels().remove(before.keySet());
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("replaceAll", replaceAll);
            summary.put("created", created);
            summary.put("updated", result.updated());
            summary.put("removed", replaceAll ? List.copyOf(before.keySet()) : List.of());
            summary.put("changed", changed.stream().map(FleetVessel::key).toList());
            fleet.audited(actor, null, "import", "fleet-registry", "fleet-registry", null, summary);
            return result;
        });
    }
}
