package io.coastwatch.operations.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The units and their versions (port; the store implements it). Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface UnitRepository {

    /** The versions valid on {@code day}, one per unit at most. */
    List<Unit> validOn(LocalDate day);

    /** Every version of {@code unitId}, oldest first; empty when there is no such unit. */
    List<Unit> history(String unitId);

    /** Every version of every unit, by id and then oldest first (an export). */
    List<Unit> all();

    /** The version of {@code unitId} valid on {@code day}, if any. */
    default Optional<Unit> on(String unitId, LocalDate day) {
        return history(unitId).stream().filter(version -> version.validity().covers(day)).findFirst();
    }

    /** The newest version of {@code unitId} (possibly ended), if the unit exists. */
    default Optional<Unit> latest(String unitId) {
        List<Unit> versions = history(unitId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /**
     * Stores a version: a new unit, a new version after the latest (whose validity must have been ended
     * on the new one's first day), or the latest version replaced when its {@code validFrom} is the same.
     *
     * @throws io.coastwatch.operations.common.StateConflict when the version overlaps another of the same unit
     */
    void save(Unit version);

    /** The tree of the units valid on {@code day}. */
    default UnitTree treeOn(LocalDate day) {
        return new UnitTree(validOn(day));
    }
}
