package io.coastwatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import org.junit.jupiter.api.Test;

/** Health (public), Prometheus metrics and the OpenAPI document (authenticated). */
class ActuatorTest extends ServerTest {

    @Test
    void healthIsPublicAndUp() {
        Api.Response health = anonymous.get("/actuator/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asString());
    }

    @Test
    void prometheusShowsEngineSourceAndLiveMeters() {
        replay("metrics-feed", java.util.List.of(nmea.position(574_400_001, 11.3, 109.4), "garbage"));
        Api.Response metrics = admin.get("/actuator/prometheus");
        assertEquals(200, metrics.status());
        String text = metrics.body();
        for (String meter : new String[] {"coastwatch_engine_offered_total", "coastwatch_engine_dropped_total",
                "coastwatch_engine_queue_depth", "coastwatch_engine_vessels", "coastwatch_live_clients",
                "coastwatch_live_updates_sent_total"}) {
            assertTrue(text.contains(meter), meter + " missing");
        }
        // The replay source was removed after its run, with its meters.
        assertTrue(!text.contains("source=\"metrics-feed\""), "meters of a removed source stay");
    }

    @Test
    void perSourceMetersWhileASourceRuns() {
        String id = "metered";
        assertEquals(201, admin.post("/api/v1/sources", "application/json",
                "{\"id\":\"" + id + "\",\"uri\":\"udp://127.0.0.1:" + freeUdpPort() + "\"}").status());
        try {
            String text = admin.get("/actuator/prometheus").body();
            assertTrue(text.contains("coastwatch_source_lines_total{source=\"metered\"}"), text);
            assertTrue(text.contains("coastwatch_source_rejected_total{reason=\"checksum\",source=\"metered\"}"), text);
            assertTrue(text.contains("coastwatch_source_rate_messages_per_second{source=\"metered\"}")
                    || text.contains("coastwatch_source_rate"), text);
        } finally {
            admin.delete("/api/v1/sources/" + id);
        }
    }

    @Test
    void openApiDocumentIsServed() {
        Api.Response document = admin.get("/api/v1/openapi.json");
        assertEquals(200, document.status(), document.body());
        assertTrue(document.json().get("paths").has("/api/v1/vessels"), document.body());
        assertTrue(document.json().get("paths").has("/api/v1/vms"));
    }
}
