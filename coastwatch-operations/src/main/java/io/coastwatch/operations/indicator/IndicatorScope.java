package io.coastwatch.operations.indicator;

import io.coastwatch.operations.org.UnitTree;
import java.util.Objects;
import java.util.Set;

/**
 * Whose records an indicator counts: a unit and the units below it, and the zones of their areas of
 * responsibility (where an alert at sea is a unit's), or the whole command. Immutable.
 *
 * @param unitId  the unit the figure is for
 * @param all     whether every record counts (the unit is the root of the tree: the command)
 * @param unitIds the unit and its subtree (records that belong to a unit: departures by station)
 * @param zoneIds the zones of their areas (records placed at sea: alerts by zone)
 */
public record IndicatorScope(String unitId, boolean all, Set<String> unitIds, Set<String> zoneIds) {

    public IndicatorScope {
        Objects.requireNonNull(unitId, "unitId");
        unitIds = Set.copyOf(unitIds);
        zoneIds = Set.copyOf(zoneIds);
    }

    /**
     * The scope of {@code unitId} in {@code tree}: the whole command when it is a root.
     *
     * @throws IllegalArgumentException when the tree has no such unit
     */
    public static IndicatorScope of(UnitTree tree, String unitId) {
        tree.find(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
        Set<String> subtree = tree.subtree(unitId);
        return new IndicatorScope(unitId, tree.ancestors(unitId).isEmpty(), subtree, tree.areaZones(subtree));
    }

    /** Whether a record of {@code recordUnitId} counts. */
    public boolean includesUnit(String recordUnitId) {
        return all || unitIds.contains(recordUnitId);
    }

    /** Whether a record placed in zone {@code zoneId} counts. */
    public boolean includesZone(String zoneId) {
        return all || zoneIds.contains(zoneId);
    }
}
