package io.coastwatch.store.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.Agency;
import io.coastwatch.operations.org.AgencyKind;
import io.coastwatch.operations.org.Contact;
import io.coastwatch.operations.org.Location;
import io.coastwatch.operations.org.OrganisationFile;
import io.coastwatch.operations.org.Person;
import io.coastwatch.operations.org.Rank;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.ResourceKind;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitKind;
import io.coastwatch.operations.org.usecase.CloseUnit;
import io.coastwatch.operations.org.usecase.CreateUnit;
import io.coastwatch.operations.org.usecase.ImportOrganisation;
import io.coastwatch.operations.org.usecase.Organisation;
import io.coastwatch.operations.org.usecase.RemovePerson;
import io.coastwatch.operations.org.usecase.ReorganiseUnit;
import io.coastwatch.operations.org.usecase.SaveAgency;
import io.coastwatch.operations.org.usecase.SavePerson;
import io.coastwatch.operations.org.usecase.SaveResource;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organisation's repositories and use cases on every backend: unit versions and the tree of a day,
 * agencies, persons and resources, each write audited in its transaction, scope refusals, and imports
 * that are whole or nothing.
 */
abstract class OrganisationContract extends DatabaseTestBase {

    private static final LocalDate START = LocalDate.parse("2020-01-01");
    private static final LocalDate MERGER = LocalDate.parse("2025-07-01");
    private static final Actor ADMIN = new Actor("admin", null, List.of(RoleAssignment.in(Role.SYSTEM_ADMIN, "bchq")));
    private static final Actor STATION_COMMANDER = new Actor("chi-huy-ca-na", null,
            List.of(RoleAssignment.in(Role.COMMANDER, "dbp-ca-na")));

    private Organisation organisation() {
        return new Organisation(database.transactions(), database.audit(), database.units(), database.agencies(),
                database.persons(), database.resources(), Catalog.seeded(),
                Clock.fixed(Instant.parse("2025-08-01T03:00:00Z"), ZoneOffset.UTC));
    }

    private static Unit unit(String id, String parentId, UnitKind kind, String vi, Validity validity) {
        return new Unit(id, id.toUpperCase(java.util.Locale.ROOT), kind, new Label(vi, vi), parentId, List.of("NT-AOR"),
                null, new Location(11.345, 108.862, true), List.of(new Contact("phone", "0259 3861 111", "trực ban")),
                validity);
    }

    private void seedTree() {
        CreateUnit create = new CreateUnit(organisation());
        create.execute(ADMIN, unit("bchq", null, UnitKind.COMMAND, "Bộ Chỉ huy BĐBP tỉnh Ninh Thuận", Validity.from(START)));
        create.execute(ADMIN, unit("dbp-ca-na", "bchq", UnitKind.STATION, "Đồn Biên phòng Cà Ná", Validity.from(START)));
    }

    @Test
    void aReorganisationEndsTheVersionAndTheTreeOfEachDayShowsItsOwn() {
        seedTree();
        Unit merged = unit("bchq", null, UnitKind.COMMAND, "Bộ Chỉ huy BĐBP tỉnh Khánh Hòa", Validity.from(MERGER));
        new ReorganiseUnit(organisation()).execute(ADMIN, merged);

        List<Unit> history = database.units().history("bchq");
        assertEquals(2, history.size());
        assertEquals(new Validity(START, MERGER), history.getFirst().validity());
        assertEquals("Bộ Chỉ huy BĐBP tỉnh Ninh Thuận",
                database.units().treeOn(MERGER.minusDays(1)).find("bchq").orElseThrow().name().vi());
        assertEquals("Bộ Chỉ huy BĐBP tỉnh Khánh Hòa", database.units().treeOn(MERGER).find("bchq").orElseThrow().name().vi());
        assertEquals(List.of("dbp-ca-na"), database.units().treeOn(MERGER).children("bchq").stream().map(Unit::id).toList());
        assertEquals(history.getFirst().location(), new Location(11.345, 108.862, true));

        List<AuditEntry> entries = database.audit().find(AuditQuery.all(10));
        assertEquals(List.of("reorganise", "create", "create"), entries.stream().map(AuditEntry::action).toList());
        assertTrue(entries.getFirst().beforeJson().contains("Ninh Thuận"), entries.getFirst().beforeJson());
        assertTrue(entries.getFirst().afterJson().contains("Khánh Hòa"), entries.getFirst().afterJson());
        assertTrue(database.audit().verify().unbroken());
    }

    @Test
    void aVersionOverlappingAnotherIsRefusedByTheStore() {
        seedTree();
        new ReorganiseUnit(organisation()).execute(ADMIN,
                unit("dbp-ca-na", "bchq", UnitKind.STATION, "Đồn Biên phòng Cà Ná (mới)", Validity.from(MERGER)));
        Unit overlapping = unit("dbp-ca-na", "bchq", UnitKind.STATION, "x", new Validity(START.plusDays(1), null));
        assertThrows(StateConflict.class, () -> database.transactions().run(() -> database.units().save(overlapping)));
    }

    @Test
    void aRefusedWriteLeavesNeitherTheRecordNorAnAuditEntry() {
        seedTree();
        long head = database.audit().head().seq();
        InvalidRequest refused = assertThrows(InvalidRequest.class, () -> new CreateUnit(organisation()).execute(ADMIN,
                unit("tram-x", "no-such-unit", UnitKind.CONTROL_POST, "Trạm X", Validity.from(START))));
        assertEquals("parentId", refused.problems().getFirst().field());
        assertTrue(database.units().history("tram-x").isEmpty());
        assertEquals(head, database.audit().head().seq());
    }

    @Test
    void aStationCommanderChangesTheStationsPeopleButNotTheCommand() {
        seedTree();
        Person officer = new Person("p-tran-van-binh", "Trần Văn Bình", Rank.CAPTAIN,
                new Label("Đội trưởng", "Team leader"), "dbp-ca-na", List.of());
        new SavePerson(organisation()).execute(STATION_COMMANDER, officer);
        assertEquals(officer, database.persons().find("p-tran-van-binh").orElseThrow());
        assertEquals("chi-huy-ca-na", database.audit().find(AuditQuery.all(1)).getFirst().account());

        Person atCommand = new Person("p-le-thi-hoa", "Lê Thị Hoa", Rank.MAJOR, new Label("Trợ lý", "Assistant"),
                "bchq", List.of());
        assertThrows(OutOfScope.class, () -> new SavePerson(organisation()).execute(STATION_COMMANDER, atCommand));
        Unit root = unit("bchq", null, UnitKind.COMMAND, "x", Validity.from(MERGER));
        assertThrows(OutOfScope.class, () -> new ReorganiseUnit(organisation()).execute(STATION_COMMANDER, root));
        Actor viewer = new Actor("xem", null, List.of(RoleAssignment.in(Role.VIEWER, "bchq")));
        assertThrows(OutOfScope.class, () -> new SavePerson(organisation()).execute(viewer, officer));

        new RemovePerson(organisation()).execute(STATION_COMMANDER, "p-tran-van-binh");
        assertTrue(database.persons().find("p-tran-van-binh").isEmpty());
        AuditEntry removal = database.audit().find(AuditQuery.all(1)).getFirst();
        assertEquals("remove", removal.action());
        assertTrue(removal.beforeJson().contains("Trần Văn Bình"));
    }

    @Test
    void agenciesNeedCompetencesOfTheCatalogue() {
        Agency kiemNgu = new Agency("kiem-ngu-vung-3", AgencyKind.FISHERIES_INSPECTION,
                new Label("Chi đội Kiểm ngư Vùng 3", "Fisheries Inspection, Region 3"),
                List.of(new Contact("radio", "VHF 16", "")), List.of("illegal-fishing"), Validity.from(START));
        new SaveAgency(organisation()).execute(ADMIN, kiemNgu);
        assertEquals(kiemNgu, database.agencies().find("kiem-ngu-vung-3").orElseThrow());

        Agency unknown = new Agency("x", AgencyKind.POLICE, new Label("Công an", "Police"), List.of(),
                List.of("no-such-kind"), Validity.from(START));
        InvalidRequest refused = assertThrows(InvalidRequest.class, () -> new SaveAgency(organisation()).execute(ADMIN, unknown));
        assertEquals("competences", refused.problems().getFirst().field());
        assertThrows(OutOfScope.class, () -> new SaveAgency(organisation()).execute(STATION_COMMANDER, kiemNgu));
    }

    @Test
    void anMmsiBelongsToOneResource() {
        seedTree();
        Resource boat = new Resource("bp-01", ResourceKind.PATROL_BOAT, "BIEN PHONG 01", "dbp-ca-na", "BP 01-25-01",
                574_000_001, null, 18.0, 36.0, 12);
        new SaveResource(organisation()).execute(ADMIN, boat);
        assertEquals(boat, database.resources().find("bp-01").orElseThrow());
        Resource twin = new Resource("bp-02", ResourceKind.FAST_BOAT, "CA NO 02", "dbp-ca-na", null, 574_000_001, null,
                null, null, null);
        InvalidRequest refused = assertThrows(InvalidRequest.class, () -> new SaveResource(organisation()).execute(ADMIN, twin));
        assertEquals("mmsi", refused.problems().getFirst().field());
    }

    @Test
    void aUnitWithUnitsBelowItIsNotClosed() {
        seedTree();
        assertThrows(StateConflict.class, () -> new CloseUnit(organisation()).execute(ADMIN, "bchq", MERGER));
        Unit closed = new CloseUnit(organisation()).execute(ADMIN, "dbp-ca-na", MERGER);
        assertEquals(MERGER, closed.validity().validTo());
        assertTrue(database.units().treeOn(MERGER).find("dbp-ca-na").isEmpty());
    }

    @Test
    void anImportWithOneBadLineImportsNothingAndNamesTheLine() {
        String header = "id,code,kind,nameVi,nameEn,parentId,validFrom,validTo\n";
        String bad = header
                + "dbp-ca-na,ĐBPCN,station,Đồn Biên phòng Cà Ná,Ca Na station,bchq,2020-01-01,\n"
                + "bchq,BCHBĐBP,command,Bộ Chỉ huy,Command,,2020-01-01,\n"
                + "tram-x,TX,control-post,Trạm X,,nowhere,2020-01-01,\n"
                + "dbp-y,DY,fortress,Đồn Y,,bchq,2020-01-01,\n";
        InvalidRequest refused = assertThrows(InvalidRequest.class, () -> new ImportOrganisation(organisation())
                .execute(ADMIN, OrganisationFile.readCsv(OrganisationFile.Kind.UNITS, new StringReader(bad))));
        assertEquals(List.of("line 5, kind", "line 4, parentId"),
                refused.problems().stream().map(problem -> problem.field()).sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(database.units().all().isEmpty());
        assertEquals(0, database.audit().head().seq());

        String good = header
                + "dbp-ca-na,ĐBPCN,station,Đồn Biên phòng Cà Ná,Ca Na station,bchq,2020-01-01,\n"
                + "bchq,BCHBĐBP,command,Bộ Chỉ huy,Command,,2020-01-01,2025-07-01\n"
                + "bchq,BCHBĐBP-KH,command,Bộ Chỉ huy Khánh Hòa,Khanh Hoa command,,2025-07-01,\n";
        ImportOrganisation.Result result = new ImportOrganisation(organisation())
                .execute(ADMIN, OrganisationFile.readCsv(OrganisationFile.Kind.UNITS, new StringReader(good)));
        assertEquals(new ImportOrganisation.Result(3, 0), result);
        assertEquals(2, database.units().history("bchq").size());
        long head = database.audit().head().seq();
        assertEquals(3, head);

        ImportOrganisation.Result again = new ImportOrganisation(organisation())
                .execute(ADMIN, OrganisationFile.readCsv(OrganisationFile.Kind.UNITS, new StringReader(good)));
        assertEquals(new ImportOrganisation.Result(0, 3), again);
        assertEquals(head, database.audit().head().seq());
        assertFalse(database.units().treeOn(MERGER).roots().isEmpty());
    }
}
