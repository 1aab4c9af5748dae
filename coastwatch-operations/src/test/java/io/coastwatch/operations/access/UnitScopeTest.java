package io.coastwatch.operations.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitKind;
import io.coastwatch.operations.org.UnitTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

    private static final Validity SINCE_2020 = Validity.from(LocalDate.of(2020, 1, 1));
    private static final UnitTree TREE = new UnitTree(List.of(
            unit("command", null, List.of()),
            unit("station-a", "command", List.of("aor-a")),
            unit("post-a1", "station-a", List.of("port-a1")),
            unit("station-b", "command", List.of("aor-b"))));

    @Test
    void aStationOfficerSeesTheStationsSubtreeAndItsAreasOnly() {
        Actor officer = new Actor("ha", null, List.of(RoleAssignment.in(Role.STATION_OFFICER, "station-a")));
        UnitScope scope = UnitScope.of(officer, TREE);
        assertFalse(scope.everything());
        assertEquals(Set.of("station-a", "post-a1"), scope.unitIds());
        assertEquals(Set.of("aor-a", "port-a1"), scope.zoneIds());
        assertTrue(scope.includesUnit("post-a1"));
        assertFalse(scope.includesUnit("station-b"));
        assertFalse(scope.includesZone("aor-b"));
    }

    @Test
    void aRoleHeldInTheCommandSeesEverything() {
        Actor duty = new Actor("truc-ban", null, List.of(RoleAssignment.in(Role.DUTY_OFFICER, "command")));
        assertTrue(UnitScope.of(duty, TREE).includesUnit("station-b"));
        assertTrue(UnitScope.of(Actor.system("vms-outages"), TREE).everything());
    }

    @Test
    void aRoleHeldAtTheRootMarkerSeesEverythingEvenWithoutUnits() {
        Actor migrated = new Actor("old-operator", null, List.of(RoleAssignment.atRoot(Role.DUTY_OFFICER)));
        assertTrue(UnitScope.of(migrated, TREE).everything());
        assertTrue(UnitScope.of(migrated, new UnitTree(List.of())).everything());
        Actor unknownUnit = new Actor("moved", null, List.of(RoleAssignment.in(Role.STATION_OFFICER, "gone")));
        assertFalse(UnitScope.of(unknownUnit, TREE).includesUnit("gone"), "a unit the tree does not hold gives nothing");
        assertThrows(IllegalArgumentException.class, () -> new Unit(RoleAssignment.ROOT, "X", UnitKind.COMMAND,
                new Label("x", "x"), null, List.of(), null, null, List.of(), SINCE_2020), "no unit can be the root marker");
    }

    @Test
    void aLiaisonSeesOnlyWhatIsSharedWithItsAgency() {
        Actor liaison = new Actor("csb-3", null, List.of(RoleAssignment.liaisonOf("coast-guard-3")));
        UnitScope scope = UnitScope.of(liaison, TREE);
        assertFalse(scope.includesUnit("station-a"));
        assertTrue(scope.sharedWith("coast-guard-3"));
        assertFalse(scope.sharedWith("police"));
    }

    @Test
    void aTreeRefusesACycle() {
        assertThrows(IllegalArgumentException.class, () -> new UnitTree(List.of(
                unit("x", "y", List.of()), unit("y", "x", List.of()))));
    }

    private static Unit unit(String id, String parentId, List<String> zones) {
        return new Unit(id, id.toUpperCase(), UnitKind.STATION, new Label(id, id), parentId, zones, null, null,
                List.of(), SINCE_2020);
    }
}
