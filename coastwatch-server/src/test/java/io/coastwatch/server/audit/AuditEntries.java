package io.coastwatch.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.server.support.Api;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The audit log as the tests read it through {@code GET /api/v1/audit}. */
final class AuditEntries {

    private AuditEntries() {
    }

    /** The entries that {@code GET /api/v1/audit?<query>} answers {@code client}, newest first; fails on anything but a 200. */
    static JsonNode entries(Api client, String query) {
        Api.Response response = client.get("/api/v1/audit?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json().get("entries");
    }

    /** The text of {@code field} of each entry, in their order. */
    static List<String> strings(JsonNode entries, String field) {
        List<String> values = new ArrayList<>();
        entries.forEach(entry -> values.add(entry.get(field).asString()));
        return values;
    }
}
