package io.coastwatch.store.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link ZoneStore} contract, run against every backend. */
abstract class ZoneStoreContract extends DatabaseTestBase {

    static final String MPA_V1 = feature("MPA-1", "marine-protected-area", "[[109,11],[109.1,11],[109.1,11.1],[109,11]]");
    static final String MPA_V2 = feature("MPA-1", "marine-protected-area", "[[109,11],[109.2,11],[109.2,11.2],[109,11]]");
    static final String PORT = feature("PORT-1", "port", "[[109.5,11.5],[109.6,11.5],[109.6,11.6],[109.5,11.5]]");

    ZoneStore zones() {
        return database.zones();
    }

    static String feature(String id, String kind, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"kind\":\"" + kind
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    @Test
    void savedZonesAreFoundInIdOrderWithVersionUserAndTime() {
        List<StoredZone> saved = zones().save(List.of(new ZoneDraft("PORT-1", "Cảng Cà Ná", "port", PORT),
                new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1)), "admin", 1_000L);

        StoredZone port = new StoredZone("PORT-1", "Cảng Cà Ná", "port", PORT, 1, "admin", 1_000L);
        StoredZone mpa = new StoredZone("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1, 1, "admin", 1_000L);
        assertEquals(List.of(port, mpa), saved);
        assertEquals(List.of(mpa, port), zones().all());
        assertEquals(Optional.of(port), zones().find("PORT-1"));
        assertEquals(Optional.empty(), zones().find("NONE"));
    }

    @Test
    void everyChangeIsRecordedWithWhoWhenBeforeAndAfter() {
        zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1)), "system", 1_000L);
        StoredZone updated = zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V2)), "admin", 2_000L)
                .get(0);
        Optional<StoredZone> deleted = zones().delete("MPA-1", "chief", 3_000L);

        assertEquals(2, updated.version());
        assertEquals(Optional.of(updated), deleted);
        assertEquals(Optional.empty(), zones().find("MPA-1"));
        assertEquals(List.of(
                new ZoneChange("MPA-1", 1_000L, "system", ZoneChange.Action.CREATED, null, MPA_V1),
                new ZoneChange("MPA-1", 2_000L, "admin", ZoneChange.Action.UPDATED, MPA_V1, MPA_V2),
                new ZoneChange("MPA-1", 3_000L, "chief", ZoneChange.Action.DELETED, MPA_V2, null)),
                zones().history("MPA-1"));
    }

    @Test
    void savingTheSameZoneAgainRecordsNothing() {
        zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1)), "admin", 1_000L);

        StoredZone again = zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1)), "other", 5_000L).get(0);

        assertEquals(new StoredZone("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1, 1, "admin", 1_000L), again);
        assertEquals(1, zones().history("MPA-1").size());
        StoredZone renamed = zones().save(List.of(new ZoneDraft("MPA-1", "KBT Hòn Cau", "marine-protected-area", MPA_V1)), "other", 6_000L)
                .get(0);
        assertEquals(2, renamed.version());
        assertEquals(2, zones().history("MPA-1").size());
    }

    @Test
    void aSaveIsAllOrNothing() {
        zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1)), "admin", 1_000L);

        assertThrows(IllegalArgumentException.class, () -> zones().save(List.of(
                new ZoneDraft("PORT-1", "Cà Ná", "port", PORT),
                new ZoneDraft("PORT-1", "Cà Ná", "port", PORT)), "admin", 2_000L));
        assertThrows(RuntimeException.class, () -> zones().save(List.of(
                new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V2),
                new ZoneDraft("PORT-1", "Cà Ná", "port", null)), "admin", 2_000L));

        assertEquals(List.of(new StoredZone("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1, 1, "admin", 1_000L)), zones().all());
        assertEquals(1, zones().history("MPA-1").size());
        assertEquals(List.of(), zones().history("PORT-1"));
    }

    @Test
    void deletingWhatIsNotThereRecordsNothing() {
        assertEquals(Optional.empty(), zones().delete("NONE", "admin", 1_000L));
        assertTrue(zones().history("NONE").isEmpty());
    }

    @Test
    void zonesAndHistorySurviveReopening() {
        zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V1)), "admin", 1_000L);
        zones().save(List.of(new ZoneDraft("MPA-1", "Hòn Cau", "marine-protected-area", MPA_V2)), "admin", 2_000L);

        reopen(Duration.ZERO);

        assertEquals(MPA_V2, zones().find("MPA-1").orElseThrow().feature());
        assertEquals(2, zones().history("MPA-1").size());
    }
}
