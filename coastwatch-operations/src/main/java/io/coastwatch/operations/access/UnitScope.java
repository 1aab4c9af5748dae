package io.coastwatch.operations.access;

import io.coastwatch.operations.org.UnitTree;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The records an actor sees and changes: those of the units in {@link #unitIds()} (the subtrees of the
 * units they hold roles in) and of the zones of those units' areas; all of them when
 * {@link #everything()} (a system job, a system administrator, a role held in a root unit — the command —
 * or in {@link RoleAssignment#ROOT});
 * for a liaison, only what was shared with {@link #agencyIds()}. Immutable.
 *
 * @param everything whether nothing is out of scope
 * @param unitIds the units whose records are in scope
 * @param zoneIds the zones of those units' areas of responsibility
 * @param agencyIds the agencies whose shared records a liaison sees
 */
public record UnitScope(boolean everything, Set<String> unitIds, Set<String> zoneIds, Set<String> agencyIds) {

    public UnitScope {
        unitIds = Set.copyOf(unitIds);
        zoneIds = Set.copyOf(zoneIds);
        agencyIds = Set.copyOf(agencyIds);
    }

    /** The scope of {@code actor} in the units of {@code tree} (the tree of the day the scope is for). */
    public static UnitScope of(Actor actor, UnitTree tree) {
        if (actor.isSystem() || actor.holds(Role.SYSTEM_ADMIN)) {
            return new UnitScope(true, Set.of(), Set.of(), Set.of());
        }
        Set<String> units = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (RoleAssignment assignment : actor.assignments()) {
            if (assignment.role() == Role.LIAISON) {
                agencies.add(assignment.agencyId());
            } else if (assignment.atRootOf(tree)) {
                return new UnitScope(true, Set.of(), Set.of(), Set.of());
            } else {
                units.addAll(tree.subtree(assignment.unitId()));
            }
        }
        return new UnitScope(false, units, tree.areaZones(units), agencies);
    }

    /** Whether a record of {@code unitId} is in scope. */
    public boolean includesUnit(String unitId) {
        return everything || unitIds.contains(unitId);
    }

    /** Whether a record placed in zone {@code zoneId} is in scope. */
    public boolean includesZone(String zoneId) {
        return everything || zoneIds.contains(zoneId);
    }

    /** The scope of nothing: an account that holds no role. */
    public static UnitScope nothing() {
        return new UnitScope(false, Set.of(), Set.of(), Set.of());
    }

    /** Whether a record shared with {@code agencyId} is in scope for a liaison. */
    public boolean sharedWith(String agencyId) {
        return everything || agencyIds.contains(agencyId);
    }
}
