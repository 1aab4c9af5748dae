package io.coastwatch.server.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/replay} over real HTTP on positions fed through a file source with known times. */
class ReplayApiTest extends ServerTest {
    private static final long T0 = Instant.parse("2026-11-27T06:00:00Z").toEpochMilli();
    private static final int FIRST = 574_300_001;
    private static final int SECOND = 574_300_002;

    @Test
    void aPeriodsPositionsComeInTimeOrderOnePerVesselPerStep() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= 30; i++) { // every 10 s for 5 minutes, in the Gulf of Thailand (away from other tests)
            lines.add(nmea.position(FIRST, 8.0 + i * 0.001, 105.0, 6, T0 + i * 10_000L));
            lines.add(nmea.position(SECOND, 8.5, 105.0 + i * 0.001, 6, T0 + i * 10_000L + 5_000));
        }
        replay("replay-api", lines);

        String period = "/api/v1/replay?from=" + Instant.ofEpochMilli(T0) + "&to="
                + Instant.ofEpochMilli(T0).plus(Duration.ofMinutes(5));
        // the store writes in batches on its own thread: 30 positions of each vessel before the end (excluded)
        JsonNode replay = Await.until("the positions stored", Duration.ofSeconds(20),
                () -> admin.get(period + "&stepSeconds=60").json(), page -> page.get("rowsRead").asInt() == 60);

        assertEquals(60, replay.get("stepSeconds").asInt());
        assertEquals(false, replay.get("truncated").asBoolean());
        Map<Long, List<Long>> times = new HashMap<>();
        long previous = Long.MIN_VALUE;
        for (JsonNode position : replay.get("positions")) {
            long time = position.get(1).asLong();
            assertTrue(time >= previous, "time order");
            previous = time;
            times.computeIfAbsent(position.get(0).asLong(), id -> new ArrayList<>()).add(time);
        }
        assertEquals(List.of(T0, T0 + 60_000, T0 + 120_000, T0 + 180_000, T0 + 240_000), times.get((long) FIRST));
        assertEquals(List.of(T0 + 5_000, T0 + 65_000, T0 + 125_000, T0 + 185_000, T0 + 245_000), times.get((long) SECOND));
        assertEquals(2, replay.get("vessels").size());
        JsonNode first = replay.get("positions").get(0);
        assertEquals(8.0, first.get(2).asDouble(), 1e-6);
        assertEquals(105.0, first.get(3).asDouble(), 1e-6);
        assertEquals(6.0, first.get(4).asDouble(), 1e-6);

        JsonNode limited = admin.get(period + "&stepSeconds=0&limit=3").json();
        assertEquals(3, limited.get("positions").size());
        assertEquals(true, limited.get("truncated").asBoolean());
    }

    @Test
    void badParametersAreProblems() {
        Api.Response step = admin.get("/api/v1/replay?from=2026-01-01T00:00:00Z&to=2026-01-01T01:00:00Z&stepSeconds=-1");
        assertEquals(400, step.status());
        assertEquals("stepSeconds must be 0-3600", step.json().get("detail").asString());
        assertEquals(400, admin.get("/api/v1/replay?from=yesterday&to=2026-01-01T01:00:00Z").status());
        assertEquals(400, admin.get("/api/v1/replay?from=2026-01-01T00:00:00Z&to=2026-01-01T01:00:00Z&limit=0").status());
        Api.Response backwards = admin.get("/api/v1/replay?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertEquals("from must be before to", backwards.json().get("detail").asString());
        assertEquals("a replay covers at most 7 days",
                admin.get("/api/v1/replay?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z").json().get("detail").asString());
        assertEquals(401, anonymous.get("/api/v1/replay?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z").status());
    }
}
