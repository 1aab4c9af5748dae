package io.coastwatch.operations.org;

import java.time.LocalDate;
import java.util.List;

/**
 * The units and their versions (port; the store implements it). Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface UnitRepository {

    /** The versions valid on {@code day}, one per unit at most. */
    List<Unit> validOn(LocalDate day);

    /** Every version of {@code unitId}, oldest first; empty when there is no such unit. */
    List<Unit> history(String unitId);

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
