package io.coastwatch.server.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.org.usecase.Organisation;
import io.coastwatch.sim.fleet.FleetBuilder;
import io.coastwatch.sim.fleet.Kind;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.ScenarioLoader;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo organisation as {@code coastwatch.organisation.seed: demo} imports it into a new store. */
class OrganisationSeedTest {

    @TempDir
    Path folder;

    @Test
    void theDemoSeedsTheFormerNinhThuanCommandAndItsMergerAuditedOnce() {
        try (Database database = Database.open(new StoreSettings("jdbc:sqlite:" + folder.resolve("c.db"), null, null,
                Duration.ZERO))) {
            Organisation organisation = new Organisation(database.transactions(), database.audit(), database.units(),
                    database.agencies(), database.persons(), database.resources(), Catalog.seeded(), Clock.systemUTC());

            int written = OrganisationSeed.seed(organisation, OrganisationSeed.DEMO);

            UnitTree before = database.units().treeOn(LocalDate.parse("2025-06-30"));
            UnitTree after = database.units().treeOn(LocalDate.parse("2025-07-01"));
            assertEquals("bdbp-ninh-thuan", before.roots().getFirst().id());
            assertEquals("bdbp-khanh-hoa", after.roots().getFirst().id());
            assertEquals(1, after.roots().size());
            assertTrue(before.subtree("bdbp-ninh-thuan").containsAll(Set.of("dbp-ca-na", "tram-ca-na", "hai-doi-bp")));
            assertTrue(after.subtree("bdbp-khanh-hoa").containsAll(Set.of("dbp-ca-na", "tram-ca-na", "hai-doi-bp")));
            assertEquals(2, database.units().history("dbp-ca-na").size());
            assertTrue(database.units().all().stream().map(Unit::location).allMatch(location -> location.approximate()));
            assertEquals(10, database.agencies().all().size());
            assertEquals(8, database.persons().all().size());

            long records = database.units().all().size() + database.agencies().all().size()
                    + database.persons().all().size() + database.resources().all().size();
            assertEquals(records, written);
            assertEquals(records, database.audit().head().seq());
            assertTrue(database.audit().verify().unbroken());
            assertEquals("system:seed", database.audit().find(io.coastwatch.operations.audit.AuditQuery.all(1))
                    .getFirst().account());

            assertEquals(0, OrganisationSeed.seed(organisation, OrganisationSeed.DEMO));
            assertEquals(records, database.audit().head().seq());
        }
    }

    @Test
    void thePatrolBoatsAreTheSimulatorsSoThatTheirTracksAreKnown() {
        try (Database database = Database.open(new StoreSettings("jdbc:sqlite:" + folder.resolve("c.db"), null, null,
                Duration.ZERO))) {
            Organisation organisation = new Organisation(database.transactions(), database.audit(), database.units(),
                    database.agencies(), database.persons(), database.resources(), Catalog.seeded(), Clock.systemUTC());
            OrganisationSeed.seed(organisation, OrganisationSeed.DEMO);

            Set<Integer> simulated = new FleetBuilder(new ScenarioLoader().loadFileOrBuiltIn(ScenarioLoader.DEMO)
                    .startingAt(Instant.parse("2026-06-28T00:00:00Z")), Area.demo()).build().vessels().stream()
                    .filter(vessel -> vessel.identity().kind() == Kind.PATROL)
                    .map(vessel -> vessel.identity().mmsi())
                    .collect(Collectors.toSet());
            Set<Integer> seeded = database.resources().all().stream().map(Resource::mmsi)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            assertEquals(simulated, seeded);
        }
    }
}
