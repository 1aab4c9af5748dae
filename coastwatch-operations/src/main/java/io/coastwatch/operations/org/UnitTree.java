package io.coastwatch.operations.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units as they stood on one day, as a tree: each unit's parent, children, subtree and the zones of
 * the subtree's areas of responsibility. Built from the versions valid that day; a unit whose parent
 * is not among them is a root. Immutable and thread-safe.
 */
public final class UnitTree {

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, List<Unit>> children = new HashMap<>();
    private final List<Unit> roots = new ArrayList<>();

    /** The tree of {@code unitsOfOneDay}: at most one version per unit id. */
    public UnitTree(Collection<Unit> unitsOfOneDay) {
        for (Unit unit : unitsOfOneDay) {
            if (units.put(unit.id(), unit) != null) {
                throw new IllegalArgumentException("two versions of unit " + unit.id() + " on one day");
            }
        }
        for (Unit unit : unitsOfOneDay) {
            if (unit.parentId() != null && units.containsKey(unit.parentId())) {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            } else {
                roots.add(unit);
            }
        }
        rejectCycles();
    }

    public Optional<Unit> find(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    /** The units with no parent among these: normally the one command. */
    public List<Unit> roots() {
        return List.copyOf(roots);
    }

    public List<Unit> children(String unitId) {
        return List.copyOf(children.getOrDefault(unitId, List.of()));
    }

    /** The ids of {@code unitId} and every unit below it; empty when there is no such unit. */
    public Set<String> subtree(String unitId) {
        Set<String> ids = new LinkedHashSet<>();
        if (!units.containsKey(unitId)) {
            return ids;
        }
        Deque<String> pending = new ArrayDeque<>(List.of(unitId));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (ids.add(id)) {
                for (Unit child : children.getOrDefault(id, List.of())) {
                    pending.push(child.id());
                }
            }
        }
        return ids;
    }

    /** The ids of {@code unitId}'s parent, its parent's parent and so on up to the root, nearest first. */
    public List<String> ancestors(String unitId) {
        List<String> ids = new ArrayList<>();
        Unit unit = units.get(unitId);
        while (unit != null && unit.parentId() != null && units.containsKey(unit.parentId())) {
            ids.add(unit.parentId());
            unit = units.get(unit.parentId());
        }
        return ids;
    }

    /** The zones of the areas of responsibility of {@code unitIds}. */
    public Set<String> areaZones(Collection<String> unitIds) {
        Set<String> zones = new LinkedHashSet<>();
        for (String id : unitIds) {
            Unit unit = units.get(id);
            if (unit != null) {
                zones.addAll(unit.areaZoneIds());
            }
        }
        return zones;
    }

    public Collection<Unit> all() {
        return List.copyOf(units.values());
    }

    private void rejectCycles() {
        for (Unit unit : units.values()) {
            Set<String> seen = new LinkedHashSet<>();
            Unit step = unit;
            while (step != null && step.parentId() != null) {
                if (!seen.add(step.id())) {
                    throw new IllegalArgumentException("units form a cycle: " + seen);
                }
                step = units.get(step.parentId());
            }
        }
    }
}
