package io.coastwatch.server.zone;

import static io.coastwatch.server.zone.ZoneApiTest.collection;
import static io.coastwatch.server.zone.ZoneApiTest.feature;
import static io.coastwatch.server.zone.ZoneApiTest.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Which vessels were inside a zone, or a posted polygon, during a period: a known track fed as NMEA
 * through a replay source, stored, then asked about over HTTP.
 */
class VisitApiTest extends ServerTest {
    private static final int CROSSER = 574_200_001;
    private static final int NORTH_OF_IT = 574_200_002;
    private static final long T0 = Instant.parse("2026-11-20T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final String PERIOD = "from=2026-11-20T00:00:00Z&to=2026-11-20T06:00:00Z";
    /** 109.4–109.6 °E, 11.0–11.2 °N, off the former Ninh Thuận coast. */
    private static final String AREA = square(109.4, 11.0, 0.2);
    private static boolean fed;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        Api.Response zones = admin.post("/api/v1/zones", "application/geo+json", collection(
                feature("T-VISIT", "restricted-area", "Vùng thử", AREA),
                "{\"type\":\"Feature\",\"properties\":{\"id\":\"T-VISIT-LINE\",\"kind\":\"national-limit\"},"
                        + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[110,10],[110,12]]}}"));
        assertEquals(200, zones.status(), zones.body());
        List<String> lines = new ArrayList<>(nmea.staticData(CROSSER, "NINH THUAN 07", "XVNT7", 30));
        // East along 11.1 °N at 0.02° every 10 min from 109.31 °E: enters at 109.4 (+45 min), leaves at 109.6 (+145 min).
        for (int i = 0; i <= 20; i++) {
            lines.add(nmea.position(CROSSER, 11.1, 109.31 + i * 0.02, 7, T0 + i * 10 * MINUTE));
        }
        for (int i = 0; i <= 20; i++) {
            lines.add(nmea.position(NORTH_OF_IT, 11.3, 109.31 + i * 0.02, 7, T0 + i * 10 * MINUTE));
        }
        replay("visit-api-feed", lines);
        Await.until("both tracks stored", Duration.ofSeconds(20), () -> points(CROSSER) == 21 && points(NORTH_OF_IT) == 21);
        fed = true;
    }

    @Test
    void aZoneAnswersWhoWasInsideWithEntryAndExit() {
        Api.Response answer = admin.get("/api/v1/zones/T-VISIT/visits?" + PERIOD);

        assertEquals(200, answer.status(), answer.body());
        JsonNode vessels = answer.json();
        assertEquals(1, vessels.size(), vessels.toString());
        JsonNode crosser = vessels.get(0);
        assertEquals(CROSSER, crosser.get("vesselId").asLong());
        assertEquals(CROSSER, crosser.get("mmsi").asInt());
        assertEquals("NINH THUAN 07", crosser.get("name").asString());
        assertEquals(1, crosser.get("visits").size());
        assertTime(T0 + 45 * MINUTE, crosser.get("visits").get(0).get("entered"));
        assertTime(T0 + 145 * MINUTE, crosser.get("visits").get(0).get("exited"));
    }

    @Test
    void aPeriodThatStartsInsideHasNoEntry() {
        JsonNode vessels = admin.get("/api/v1/zones/T-VISIT/visits?from=2026-11-20T01:00:00Z&to=2026-11-20T02:00:00Z")
                .json();

        assertEquals(1, vessels.size(), vessels.toString());
        JsonNode visit = vessels.get(0).get("visits").get(0);
        assertTrue(visit.get("entered").isNull(), visit.toString());
        assertTrue(visit.get("exited").isNull(), visit.toString());
    }

    @Test
    void aPostedPolygonOrFeatureIsAskedTheSame() {
        JsonNode byPolygon = admin.post("/api/v1/visits?" + PERIOD, "application/geo+json", AREA).json();
        JsonNode byFeature = admin.post("/api/v1/visits?" + PERIOD, "application/geo+json",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + AREA + "}").json();
        // A wider polygon takes in the vessel to the north too, inside for its whole track.
        JsonNode wider = admin.post("/api/v1/visits?" + PERIOD, "application/json", square(109.0, 10.9, 0.6)).json();

        assertEquals(admin.get("/api/v1/zones/T-VISIT/visits?" + PERIOD).json(), byPolygon);
        assertEquals(byPolygon, byFeature);
        assertEquals(2, wider.size(), wider.toString());
        assertEquals(List.of((long) CROSSER, (long) NORTH_OF_IT), List.of(wider.get(0).get("vesselId").asLong(),
                wider.get(1).get("vesselId").asLong()));
    }

    @Test
    void badQuestionsGetAProblemThatSaysWhy() {
        Api viewer = newAccount("visit-viewer", "VIEWER");
        assertEquals(200, viewer.post("/api/v1/visits?" + PERIOD, "application/json", AREA).status());
        assertDetail(admin.get("/api/v1/zones/T-VISIT-LINE/visits?" + PERIOD), 400, "is a line");
        assertDetail(admin.post("/api/v1/visits?" + PERIOD, "application/json",
                "{\"type\":\"LineString\",\"coordinates\":[[109,11],[110,12]]}"), 400, "not 'LineString'");
        assertDetail(admin.post("/api/v1/visits?" + PERIOD, "application/json",
                "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[109.2,11.2],[109.2,11],[109,11.2],[109,11]]]}"),
                400, "Self-intersection");
        assertDetail(admin.get("/api/v1/zones/T-VISIT/visits?from=2026-01-01T00:00:00Z&to=2026-11-20T00:00:00Z"), 400,
                "longer than 31 days");
        assertDetail(admin.get("/api/v1/zones/T-VISIT/visits?from=2026-11-20T06:00:00Z&to=2026-11-20T00:00:00Z"), 400,
                "from must be before to");
        assertDetail(admin.get("/api/v1/zones/T-VISIT/visits?from=yesterday"), 400, "bad time for 'from'");
        assertEquals(404, admin.get("/api/v1/zones/NO-SUCH-ZONE/visits").status());
    }

    private int points(int mmsi) {
        Api.Response track = admin.get("/api/v1/vessels/" + mmsi + "/track?" + PERIOD);
        return track.status() == 200 ? track.json().get("points").size() : -1;
    }

    private static void assertTime(long expectedMillis, JsonNode time) {
        assertEquals(expectedMillis, Instant.parse(time.asString()).toEpochMilli(), 1_000, time.toString());
    }

    private static void assertDetail(Api.Response response, int status, String detail) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.json().get("detail").asString().contains(detail), response.body());
    }
}
