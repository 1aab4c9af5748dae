package io.coastwatch.server.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.geojson.DemoZones;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.zone.ZoneChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The zone service over a real SQLite store: seeding, subscribers, reloading at start, every change audited. */
class ZoneServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private final GeometryFactory factory = new GeometryFactory();
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(new StoreSettings("jdbc:sqlite:" + folder.resolve("coastwatch.db"), null, null,
                Duration.ZERO));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ZoneService service() {
        return new ZoneService(database.zones(), database.transactions(), database.audit(), CLOCK, factory);
    }

    @Test
    void theDemoSeedIsImportedOnceAsSystem() {
        ZoneService zones = service();
        int demoZones = DemoZones.ninhThuan(factory).size();

        assertEquals(demoZones, zones.seed(ZoneService.DEMO_SEED));
        assertEquals(0, zones.seed(ZoneService.DEMO_SEED));
        assertEquals(demoZones, zones.zones().size());
        ZoneChange created = database.zones().history("VN-TS").getFirst();
        assertEquals(ZoneService.SYSTEM_USER, created.user());
        assertEquals(CLOCK.millis(), created.timeMillis());
        assertEquals(ZoneKind.TERRITORIAL_SEA, service().find("VN-TS").orElseThrow().kind());
    }

    @Test
    void aKmlSeedFileIsImportedAndABadOneStopsTheStartSayingWhy() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"id\":\"X\",\"kind\":\"lagoon\"},\"geometry\":null}]}");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> service().seed(bad.toString()));
        assertTrue(refused.getMessage().contains("feature 0 (X): unknown kind 'lagoon'"), refused.getMessage());
        assertEquals(List.of(), service().zones());

        Path kml = Files.writeString(folder.resolve("zones.KML"), """
                <kml><Placemark id="RA-1"><name>Vùng cấm</name><description>kind=restricted</description>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>109,11 109.1,11 109.1,11.1 109,11</coordinates>
                </LinearRing></outerBoundaryIs></Polygon></Placemark></kml>
                """);
        assertEquals(1, service().seed(kml.toString()));
        assertEquals("Vùng cấm", service().find("RA-1").orElseThrow().name());
    }

    @Test
    void subscribersGetEveryZoneAtOnceAndAfterEachChange() throws Exception {
        ZoneService zones = service();
        List<List<String>> seen = new ArrayList<>();
        AutoCloseable subscription = zones.subscribe(current -> seen.add(current.stream().map(Zone::id).toList()));

        zones.save(List.of(zone("B"), zone("A")), "admin");
        zones.delete("B", "admin");
        zones.delete("B", "admin");
        subscription.close();
        zones.save(List.of(zone("C")), "admin");

        assertEquals(List.of(List.of(), List.of("A", "B"), List.of("A")), seen);
        assertEquals(List.of("A", "C"), service().zones().stream().map(Zone::id).toList());
    }

    @Test
    void everyChangeIsAuditedWithTheZoneBeforeAndAfterAndAnUnchangedSaveAppendsNothing() {
        ZoneService zones = service();
        zones.save(List.of(zone("A")), "admin");
        zones.save(List.of(zone("A")), "admin");
        zones.save(List.of(new Zone("A", "renamed", ZoneKind.CUSTOM, zone("A").geometry())), "chief");
        zones.delete("A", "admin");
        zones.delete("A", "admin");

        List<AuditEntry> entries = database.audit().find(new AuditQuery(null, null, null, "zone", "A", null, null, 10))
                .reversed();
        assertEquals(List.of("create", "update", "delete"), entries.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("admin", "chief", "admin"), entries.stream().map(AuditEntry::account).toList());
        assertNull(entries.get(0).beforeJson());
        assertTrue(entries.get(0).afterJson().contains("\"name\":\"zone A\""), entries.get(0).afterJson());
        assertTrue(entries.get(0).afterJson().contains("\"feature\":{"), "the feature as JSON: " + entries.get(0).afterJson());
        assertTrue(entries.get(1).beforeJson().contains("\"version\":1"), entries.get(1).beforeJson());
        assertTrue(entries.get(1).afterJson().contains("\"name\":\"renamed\""), entries.get(1).afterJson());
        assertEquals(entries.get(1).afterJson(), entries.get(2).beforeJson());
        assertNull(entries.get(2).afterJson());
        assertTrue(database.audit().verify().unbroken(), "the chain verifies");
    }

    private Zone zone(String id) {
        return new Zone(id, "zone " + id, ZoneKind.CUSTOM, factory.createPolygon(new Coordinate[] {new Coordinate(109, 11),
            new Coordinate(109.1, 11), new Coordinate(109.1, 11.1), new Coordinate(109, 11)}));
    }
}
