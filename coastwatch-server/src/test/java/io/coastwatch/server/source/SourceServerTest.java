package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** The server tests of sources: adding one through the API, reading its statistics, awaiting what it fed. */
abstract class SourceServerTest extends ServerTest {
    protected static final Duration WAIT = Duration.ofSeconds(20);

    protected final void addSource(String id, String uri) {
        Api.Response added = admin.post("/api/v1/sources", "application/json",
                "{\"id\":\"" + id + "\",\"uri\":\"" + uri + "\"}");
        assertEquals(201, added.status(), added.body());
    }

    /** The source's view in the API, as an administrator sees it. */
    protected final JsonNode source(String id) {
        Api.Response response = admin.get("/api/v1/sources/" + id);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    protected final void awaitListening(String id) {
        Await.until(id + " listening", WAIT, () -> "LISTENING".equals(source(id).get("state").asString()));
    }

    /** The vessel of {@code mmsi}, or {@code null} when the live picture has none. */
    protected final JsonNode vessel(int mmsi) {
        Api.Response response = admin.get("/api/v1/vessels/" + mmsi);
        return response.status() == 200 ? response.json() : null;
    }

    /** Waits until the vessel of {@code mmsi} has a position. */
    protected final JsonNode awaitVessel(int mmsi) {
        return Await.until("vessel " + mmsi, WAIT, () -> vessel(mmsi), v -> v != null && v.get("position") != null
                && !v.get("position").isNull());
    }
}
