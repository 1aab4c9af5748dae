package io.coastwatch.server.vessel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The vessel list with its filters, one vessel, its track and the track's exports. */
class VesselApiTest extends ServerTest {
    private static final int FISHER = 574_100_001;
    private static final int CARGO = 574_100_002;
    private static final int FAR_AWAY = 574_100_003;
    private static final long T0 = Instant.parse("2026-11-28T00:00:00Z").toEpochMilli();
    /** The servers (one per Spring context: SQLite, PostgreSQL) already fed. */
    private static final Set<String> FED = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void feedOnce() {
        if (!FED.add(admin.base())) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.addAll(nmea.staticData(FISHER, "BINH THUAN 01", "XVAB1", 30));
        lines.addAll(nmea.staticData(CARGO, "HAI PHONG STAR", "XVCD2", 70));
        // The fisher steams east along 11.5°N for an hour, a fix a minute, then turns north for an hour.
        for (int i = 0; i <= 60; i++) {
            lines.add(nmea.position(FISHER, 11.5, 109.2 + i * 0.002, 7, T0 + i * 60_000L));
        }
        for (int i = 1; i <= 60; i++) {
            lines.add(nmea.position(FISHER, 11.5 + i * 0.002, 109.32, 7, T0 + (60 + i) * 60_000L));
        }
        lines.add(nmea.position(CARGO, 11.0, 109.5, 12, T0));
        lines.add(nmea.position(FAR_AWAY, 1.3, 103.8, 12, T0));
        replay("vessel-api-feed", lines);
        Await.until("the fisher's track stored", Duration.ofSeconds(20), () -> admin.get("/api/v1/vessels/" + FISHER
                + "/track?from=2026-11-28T00:00:00Z&to=2026-11-28T03:00:00Z").json().get("points").size() == 121);
    }

    @Test
    void listsVesselsWithFilters() {
        JsonNode inBox = admin.get("/api/v1/vessels?bbox=109,11,110,12&size=1000").json();
        List<Long> ids = ids(inBox.get("vessels"));
        assertTrue(ids.contains((long) FISHER) && ids.contains((long) CARGO) && !ids.contains((long) FAR_AWAY), ids.toString());

        assertEquals(List.of((long) FISHER), ids(admin.get("/api/v1/vessels?q=binh%20thuan").json().get("vessels")));
        assertEquals(List.of((long) CARGO), ids(admin.get("/api/v1/vessels?q=xvcd2").json().get("vessels")));
        assertEquals(List.of((long) FISHER), ids(admin.get("/api/v1/vessels?q=574100001").json().get("vessels")));
        List<Long> fishing = ids(admin.get("/api/v1/vessels?type=fishing&bbox=109,11,110,12&q=574100").json().get("vessels"));
        assertEquals(List.of((long) FISHER), fishing);
        assertEquals(List.of((long) CARGO), ids(admin.get("/api/v1/vessels?type=70-79&bbox=109,11,110,12&q=574100").json().get("vessels")));
        JsonNode vietnamese = admin.get("/api/v1/vessels?flag=vn&q=574100").json();
        assertEquals(3, vietnamese.get("total").asInt(), vietnamese.toString());
        assertEquals(0, admin.get("/api/v1/vessels?q=574100&seenSince=2030-01-01T00:00:00Z").json().get("total").asInt());

        JsonNode firstPage = admin.get("/api/v1/vessels?q=574100&size=2&page=0").json();
        JsonNode secondPage = admin.get("/api/v1/vessels?q=574100&size=2&page=1").json();
        assertEquals(2, firstPage.get("vessels").size());
        assertEquals(1, secondPage.get("vessels").size());
        assertEquals(3, secondPage.get("total").asInt());
    }

    @Test
    void answersGeoJsonWhenAsked() {
        Api.Response byAccept = admin.get("/api/v1/vessels?q=binh", "application/geo+json");
        assertEquals(200, byAccept.status(), byAccept.body());
        assertTrue(byAccept.header("Content-Type").startsWith("application/geo+json"), byAccept.header("Content-Type"));
        JsonNode collection = byAccept.json();
        assertEquals("FeatureCollection", collection.get("type").asString());
        JsonNode feature = collection.get("features").get(0);
        assertEquals("Point", feature.get("geometry").get("type").asString());
        assertEquals(109.32, feature.get("geometry").get("coordinates").get(0).asDouble(), 1e-4);
        assertEquals(11.62, feature.get("geometry").get("coordinates").get(1).asDouble(), 1e-4);
        assertEquals("BINH THUAN 01", feature.get("properties").get("name").asString());

        JsonNode one = admin.get("/api/v1/vessels/" + CARGO + "?format=geojson").json();
        assertEquals("Feature", one.get("type").asString());
    }

    @Test
    void oneVesselAndItsErrors() {
        JsonNode fisher = admin.get("/api/v1/vessels/" + FISHER).json();
        assertEquals("BINH THUAN 01", fisher.get("name").asString());
        assertEquals("VN", fisher.get("flag").asString());
        assertEquals(30, fisher.get("shipType").asInt());
        assertEquals("vn-fishing", fisher.get("kind").asString(), "the server's kind, which the console colours by");
        Api.Response missing = admin.get("/api/v1/vessels/999999999");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"), missing.header("Content-Type"));
        assertEquals(400, admin.get("/api/v1/vessels/not-a-number").status());
        assertEquals(400, admin.get("/api/v1/vessels?bbox=1,2,3").status());
        assertEquals(400, admin.get("/api/v1/vessels?type=submarine").status());
        assertEquals(400, admin.get("/api/v1/vessels?seenSince=yesterday").status());
        assertEquals(400, admin.get("/api/v1/vessels?size=0").status());
        assertEquals(400, admin.get("/api/v1/vessels/" + FISHER + "/track?from=2026-11-28T02:00:00Z&to=2026-11-28T01:00:00Z").status());
        assertEquals(400, admin.get("/api/v1/vessels/" + FISHER + "/track?format=shapefile").status());
        assertEquals(400, admin.get("/api/v1/vessels/" + FISHER + "/track?tolerance=-1").status());
    }

    @Test
    void trackIsSimplifiedByTheTolerance() {
        String window = "from=2026-11-28T00:00:00Z&to=2026-11-28T03:00:00Z";
        JsonNode full = admin.get("/api/v1/vessels/" + FISHER + "/track?" + window).json();
        assertEquals(121, full.get("points").size());
        JsonNode simplified = admin.get("/api/v1/vessels/" + FISHER + "/track?" + window + "&tolerance=100").json();
        assertEquals(3, simplified.get("points").size(), simplified.toString());
        assertEquals("2026-11-28T01:00:00Z", simplified.get("points").get(1).get("time").asString());
        JsonNode firstHour = admin.get("/api/v1/vessels/" + FISHER + "/track?from=" + T0 + "&to=" + (T0 + 3_600_000)).json();
        assertEquals(60, firstHour.get("points").size());
    }

    @Test
    void trackExportsInEveryFormat() {
        String track = "/api/v1/vessels/" + FISHER + "/track?from=2026-11-28T00:00:00Z&to=2026-11-28T03:00:00Z&tolerance=100";
        JsonNode geojson = admin.get(track + "&format=geojson").json();
        assertEquals("LineString", geojson.get("geometry").get("type").asString());
        assertEquals(3, geojson.get("geometry").get("coordinates").size());
        assertEquals(109.2, geojson.get("geometry").get("coordinates").get(0).get(0).asDouble(), 1e-4);

        Api.Response csv = admin.get(track + "&format=csv");
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String[] rows = csv.body().split("\r\n");
        assertEquals(4, rows.length, csv.body());
        assertTrue(rows[1].startsWith("2026-11-28T00:00:00Z,11.5,109.2,7.0,"), rows[1]);

        Api.Response kml = admin.get(track + "&format=kml");
        assertTrue(kml.header("Content-Type").startsWith("application/vnd.google-earth.kml+xml"));
        assertTrue(kml.body().contains("<coordinates>109.2,11.5 "), kml.body());
        assertTrue(kml.header("Content-Disposition").contains("track-" + FISHER + ".kml"));

        Api.Response gpx = admin.get(track + "&format=gpx");
        assertTrue(gpx.body().contains("<trkpt lat=\"11.5\" lon=\"109.2\"><time>2026-11-28T00:00:00Z</time></trkpt>"), gpx.body());
        assertEquals(3, gpx.body().split("<trkpt ").length - 1);
    }

    private static List<Long> ids(JsonNode vessels) {
        List<Long> ids = new ArrayList<>();
        vessels.forEach(v -> ids.add(v.get("id").asLong()));
        return ids;
    }
}
