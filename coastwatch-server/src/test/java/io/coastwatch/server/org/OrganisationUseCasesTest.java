package io.coastwatch.server.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.OrganisationFile;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.usecase.ImportOrganisation;
import io.coastwatch.operations.org.usecase.Organisation;
import io.coastwatch.operations.org.usecase.ReorganiseUnit;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's use cases on a real SQLite store: all-or-nothing imports, versions, each write audited. */
class OrganisationUseCasesTest {
    private static final String HEADER = "id,code,kind,nameVi,nameEn,parentId,areaZoneIds,homePortZoneId,latitude,"
            + "longitude,locationApproximate,contacts,validFrom,validTo\n";
    private static final String ROOT = "bdbp-test,BĐBP-T,command,Bộ Chỉ huy thử,Test Command,,,,11.5,109.0,true,,2020-01-01,\n";
    private static final String STATION = "dbp-test,ĐBP-T,station,Đồn thử,Test Station,bdbp-test,,,11.4,109.0,true,,2020-01-01,\n";

    @TempDir
    Path folder;

    @Test
    void aBadLineIsNamedAndNothingIsImportedNorAudited() {
        try (Database database = open()) {
            Organisation organisation = organisation(database);
            InvalidRequest refused = assertThrows(InvalidRequest.class, () -> new ImportOrganisation(organisation)
                    .execute(Actor.system("test"), units(HEADER + ROOT
                            + "dbp-orphan,ĐBP-O,station,Đồn lạc,Orphan,bdbp-none,,,11.4,109.0,true,,2020-01-01,\n")));

            assertEquals("line 3, parentId", refused.problems().getFirst().field(), refused.problems().toString());
            assertTrue(database.units().all().isEmpty(), "all lines or none");
            assertEquals(0, database.audit().head().seq());
        }
    }

    @Test
    void aReorganisationEndsTheLatestVersionAndIsAuditedWithBeforeAndAfter() {
        try (Database database = open()) {
            Organisation organisation = organisation(database);
            Actor system = Actor.system("test");
            assertEquals(new ImportOrganisation.Result(2, 0),
                    new ImportOrganisation(organisation).execute(system, units(HEADER + STATION + ROOT)));

            Unit latest = database.units().latest("dbp-test").orElseThrow();
            LocalDate merger = LocalDate.parse("2025-07-01");
            Unit renamed = new Unit(latest.id(), latest.code(), latest.kind(), new Label("Đồn mới", "New Station"),
                    latest.parentId(), latest.areaZoneIds(), latest.homePortZoneId(), latest.location(),
                    latest.contacts(), Validity.from(merger));
            new ReorganiseUnit(organisation).execute(system, renamed);

            List<Unit> history = database.units().history("dbp-test");
            assertEquals(2, history.size());
            assertEquals(merger, history.getFirst().validity().validTo());
            assertEquals("Đồn thử", database.units().on("dbp-test", merger.minusDays(1)).orElseThrow().name().vi());
            assertEquals("Đồn mới", database.units().on("dbp-test", merger).orElseThrow().name().vi());

            List<AuditEntry> entries = database.audit().find(AuditQuery.all(10));
            List<String> actions = entries.stream().sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
                    .map(entry -> entry.entity() + " " + entry.entityId() + " " + entry.action()).toList();
            assertEquals(List.of("unit bdbp-test create", "unit dbp-test create", "unit dbp-test reorganise"), actions);
            AuditEntry reorganised = entries.stream().filter(entry -> entry.action().equals("reorganise")).findFirst()
                    .orElseThrow();
            assertTrue(reorganised.beforeJson().contains("Đồn thử") && reorganised.afterJson().contains("Đồn mới"),
                    reorganised.toString());
            assertTrue(database.audit().verify().unbroken());

            InvalidRequest unchanged = assertThrows(InvalidRequest.class,
                    () -> new ReorganiseUnit(organisation).execute(system, renamed));
            assertEquals("validFrom", unchanged.problems().getFirst().field());
            assertEquals(3, database.audit().head().seq(), "a refused write appends nothing");
        }
    }

    private Database open() {
        return Database.open(new StoreSettings("jdbc:sqlite:" + folder.resolve("c.db"), null, null, Duration.ZERO));
    }

    private static Organisation organisation(Database database) {
        return new Organisation(database.transactions(), database.audit(), database.units(), database.agencies(),
                database.persons(), database.resources(), Catalog.seeded(), Clock.systemUTC());
    }

    private static OrganisationFile units(String csv) {
        return OrganisationFile.readCsv(OrganisationFile.Kind.UNITS, new StringReader(csv));
    }
}
