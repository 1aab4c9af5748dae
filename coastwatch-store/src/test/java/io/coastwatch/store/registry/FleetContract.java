package io.coastwatch.store.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.registry.FleetFile;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.VesselVersion;
import io.coastwatch.operations.registry.usecase.Fleet;
import io.coastwatch.operations.registry.usecase.ImportVessels;
import io.coastwatch.operations.registry.usecase.SaveVessel;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fleet registry on every backend: a vessel found by any spelling of its number, its MMSI and its
 * VMS devices; each change a new version in its history and an audit entry in the same transaction;
 * imports that are whole or nothing, naming the line and column that is wrong; scope refusals.
 */
abstract class FleetContract extends DatabaseTestBase {

    private static final Actor ADMIN = new Actor("admin", null, List.of(RoleAssignment.in(Role.SYSTEM_ADMIN, "bchq")));
    private static final UnitScope EVERYTHING = new UnitScope(true, Set.of(), Set.of(), Set.of());
    private static final Actor CA_NA = new Actor("can-bo-ca-na", null,
            List.of(RoleAssignment.in(Role.STATION_OFFICER, "dbp-ca-na")));
    private static final UnitScope CA_NA_SCOPE = new UnitScope(false, Set.of("dbp-ca-na"), Set.of(), Set.of());
    private static final String HEADER = "registrationNumber,name,lengthMetres,gear,licenceNumber,licenceValidUntil,"
            + "mmsi,vmsDeviceIds,homeStationId,owner,captainName,watchLists\n";

    private Fleet fleet() {
        return new Fleet(database.transactions(), database.audit(), database.fleet(),
                Clock.fixed(Instant.parse("2026-06-28T03:00:00Z"), ZoneOffset.UTC));
    }

    private static List<FleetVessel> file(String lines) {
        return FleetFile.vessels(FleetFile.readCsv(new StringReader(HEADER + lines)));
    }

    private static FleetVessel vessel(String line) {
        return file(line).getFirst();
    }

    @Test
    void aVesselIsFoundByAnySpellingOfItsNumberByItsMmsiAndByEachOfItsDevices() {
        new SaveVessel(fleet()).execute(ADMIN, EVERYTHING, vessel("ĐNa-90427-TS,Hải Âu 7,15.5,purse-seine,GP-1,"
                + "2026-12-31,574123456,VMS-A1; vms-b2,dbp-ca-na,Nguyễn Văn An,Trần Văn Bình,"));

        for (String spelling : List.of("DNA 90427 TS", "đna90427ts", "ĐNa-90427-TS", "574123456", "vms-a1", " VMS-B2 ")) {
            assertEquals("ĐNa-90427-TS", database.fleet().byIdentity(spelling).orElseThrow().registrationNumber(), spelling);
        }
        FleetVessel found = database.fleet().byIdentity("DNA90427TS").orElseThrow();
        assertEquals(List.of("VMS-A1", "vms-b2"), found.vmsDeviceIds());
        assertEquals("Trần Văn Bình", found.captain().name());
        assertEquals("GP-1", found.licence().number());
        assertEquals(List.of("DNA90427TS"), database.fleet().search("dna 904", 10).stream().map(FleetVessel::key).toList());
        assertEquals(List.of("DNA90427TS"), database.fleet().search("hải âu", 10).stream().map(FleetVessel::key).toList());
        assertTrue(database.fleet().byIdentity("NT-90427-TS").isEmpty());
    }

    @Test
    void eachChangeIsAVersionOfTheHistoryAndAnAuditEntryWithBeforeAndAfter() {
        SaveVessel save = new SaveVessel(fleet());
        save.execute(ADMIN, EVERYTHING, vessel("NT-90123-TS,Biển Xanh,14,gillnet,,,,,dbp-ca-na,A,,"));
        save.execute(CA_NA, CA_NA_SCOPE, vessel("NT-90123-TS,Biển Xanh,14,gillnet,,,,,dbp-ca-na,A,,"));
        save.execute(CA_NA, CA_NA_SCOPE, vessel("NT 90123 TS,Biển Xanh 2,14,gillnet,,,,,dbp-ca-na,A,,stolen"));

        List<VesselVersion> history = database.fleet().history("NT90123TS");
        assertEquals(List.of(1, 2), history.stream().map(VesselVersion::version).toList(), "saving the same record is no change");
        assertEquals(List.of("create", "update"), history.stream().map(VesselVersion::action).toList());
        assertEquals("Biển Xanh", history.get(0).vessel().name());
        assertEquals(List.of("stolen"), history.get(1).vessel().watchLists());
        assertEquals("can-bo-ca-na", history.get(1).changedBy());

        List<AuditEntry> audit = database.audit().find(new AuditQuery(null, null, null, "fleet-vessel", "NT90123TS",
                null, null, 10));
        assertEquals(List.of("update", "create"), audit.stream().map(AuditEntry::action).toList());
        assertTrue(audit.getFirst().beforeJson().contains("Biển Xanh\""), audit.getFirst().beforeJson());
        assertTrue(audit.getFirst().afterJson().contains("Biển Xanh 2"), audit.getFirst().afterJson());
    }

    @Test
    void aStationChangesOnlyItsOwnVesselsAndADeviceIsCarriedByOneVessel() {
        SaveVessel save = new SaveVessel(fleet());
        save.execute(ADMIN, EVERYTHING, vessel("BTh-90001-TS,X,12,,,,,VMS-1,dbp-phan-ri,B,,"));

        assertThrows(OutOfScope.class, () -> save.execute(CA_NA, CA_NA_SCOPE,
                vessel("BTh-90001-TS,X,12,,,,,VMS-1,dbp-ca-na,B,,")), "taking another station's vessel");
        InvalidRequest taken = assertThrows(InvalidRequest.class, () -> save.execute(CA_NA, CA_NA_SCOPE,
                vessel("NT-90002-TS,Y,12,,,,,vms-1,dbp-ca-na,C,,")));
        assertEquals("vmsDeviceIds", taken.problems().getFirst().field());
        assertEquals("duplicate", taken.problems().getFirst().code());
        assertEquals("dbp-phan-ri", database.fleet().byKey("BTH90001TS").orElseThrow().homeStationId());
        assertTrue(database.fleet().byKey("NT90002TS").isEmpty());
    }

    @Test
    void anImportIsWholeOrNothingAndNamesTheLineAndColumnThatIsWrong() {
        ImportVessels importer = new ImportVessels(fleet());
        ImportVessels.Result first = importer.execute(ADMIN, EVERYTHING, file("""
                NT-90001-TS,A,12,,,,,,dbp-ca-na,,,
                NT-90002-TS,B,13,,,,,,dbp-ca-na,,,
                """), false, false);
        assertEquals(new ImportVessels.Result(2, 0, 0, 0), first);

        InvalidRequest bad = assertThrows(InvalidRequest.class, () -> file("""
                NT-90003-TS,C,12,,,,,,dbp-ca-na,,,
                NT-90004-TS,D,twelve,,,,41234,,dbp-ca-na,,,
                nt 90003 ts,E,12,,,,,,dbp-ca-na,,,
                """));
        assertEquals(List.of("line 3, lengthMetres", "line 3, mmsi", "line 4, registrationNumber"),
                bad.problems().stream().map(p -> p.field()).toList());
        assertEquals("duplicate", bad.problems().get(2).code());

        assertThrows(InvalidRequest.class, () -> importer.execute(ADMIN, EVERYTHING, file("""
                NT-90005-TS,E,12,,,,,VMS-9,dbp-ca-na,,,
                NT-90006-TS,F,12,,,,,VMS-9,dbp-ca-na,,,
                """), false, false), "one device on two vessels");
        assertEquals(2, database.fleet().count(), "nothing of a refused file is imported");

        ImportVessels.Result whole = importer.execute(ADMIN, EVERYTHING, file("""
                NT-90002-TS,B2,13,,,,,,dbp-ca-na,,,
                NT-90007-TS,G,13,,,,,,dbp-ca-na,,,
                """), true, false);
        assertEquals(new ImportVessels.Result(1, 1, 0, 1), whole);
        assertEquals(List.of("NT90002TS", "NT90007TS"), database.fleet().all().stream().map(FleetVessel::key).toList());
        assertEquals(List.of("import"), database.fleet().history("NT90001TS").stream().map(VesselVersion::action).toList(),
                "a removed vessel keeps its history");
        importer.execute(ADMIN, EVERYTHING, file("NT-90001-TS,A,12,,,,,,dbp-ca-na,,,\n"), false, false);
        assertEquals(List.of(1, 2), database.fleet().history("NT90001TS").stream().map(VesselVersion::version).toList(),
                "registered again, its history goes on");
        assertThrows(InvalidRequest.class, () -> importer.execute(ADMIN, EVERYTHING, List.of(), true, false));
        assertThrows(OutOfScope.class, () -> importer.execute(CA_NA, CA_NA_SCOPE, file("NT-90008-TS,H,12,,,,,,dbp-ca-na,,,\n"),
                true, false), "only the command replaces the whole registry");
        assertEquals(3, database.fleet().count());
    }

    @Test
    void anExportedFileImportsUnchangedAndNoCellRunsAsAFormula() {
        new SaveVessel(fleet()).execute(ADMIN, EVERYTHING, vessel("NT-90009-TS,=1+2,12,,,,,,dbp-ca-na,@owner,,"));
        StringBuilder csv = new StringBuilder();
        FleetFile.writeCsv(database.fleet().all(), csv);

        assertTrue(csv.toString().contains("'=1+2"), csv.toString());
        assertTrue(csv.toString().contains("'@owner"), csv.toString());
        assertEquals(database.fleet().all(), FleetFile.vessels(FleetFile.readCsv(new StringReader(csv.toString()))));
    }
}
