package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.UnitTree;
import java.util.ArrayList;
import java.util.List;

/** The checks a unit version passes before it is stored: its parent exists then, and no cycle forms. */
final class UnitVersions {

    private UnitVersions() {
    }

    /**
     * @throws InvalidRequest naming {@code parentId} when the parent does not exist on the version's first
     *     day or the version would make the tree of that day a cycle
     */
    static void requireParent(UnitRepository units, Unit version) {
        if (version.parentId() == null) {
            return;
        }
        if (units.on(version.parentId(), version.validity().validFrom()).isEmpty()) {
            throw InvalidRequest.of("parentId", "unknown-value", "unit " + version.parentId() + " does not exist on "
                    + version.validity().validFrom());
        }
        List<Unit> day = new ArrayList<>(units.validOn(version.validity().validFrom()));
        day.removeIf(unit -> unit.id().equals(version.id()));
        day.add(version);
        try {
            new UnitTree(day);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("parentId", "bad-value", "unit " + version.parentId() + " is below " + version.id()
                    + ": " + e.getMessage());
        }
    }
}
