package io.coastwatch.server.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Readiness through {@code /api/v1/readiness}: a commander sets a level by an order, a station records a
 * boat's maintenance and the board shows it not available and why, hours derived, refusals naming the
 * field, scope and roles, and the audit.
 */
class ReadinessApiTest extends ServerTest {
    private static final String JSON = "application/json";

    @BeforeEach
    void organisation() {
        if (admin.get("/api/v1/units/rd-cmd").status() == 200) {
            return;
        }
        assertEquals(201, admin.post("/api/v1/units", JSON, "{\"id\":\"rd-cmd\",\"code\":\"RD-C\",\"kind\":\"command\","
                + "\"nameVi\":\"Bộ Chỉ huy RD\",\"validFrom\":\"2020-01-01\"}").status());
        for (String station : List.of("rd-one", "rd-two")) {
            assertEquals(201, admin.post("/api/v1/units", JSON, "{\"id\":\"" + station + "\",\"code\":\"" + station.toUpperCase()
                    + "\",\"kind\":\"station\",\"nameVi\":\"Đồn " + station + "\",\"parentId\":\"rd-cmd\","
                    + "\"validFrom\":\"2020-01-01\"}").status());
            assertEquals(200, admin.put("/api/v1/resources/" + station + "-boat", JSON, "{\"kind\":\"patrol-boat\","
                    + "\"name\":\"TÀU " + station.toUpperCase() + "\",\"unitId\":\"" + station + "\",\"crewSize\":10}").status());
        }
    }

    @Test
    void aCommanderSetsALevelByAnOrderAndOnlyACommanderMay() {
        Api commander = newAccountWithRoles("rd-chi-huy", "{\"role\":\"commander\",\"unitId\":\"rd-cmd\"}");
        Api stationCommander = newAccountWithRoles("rd-chi-huy-one", "{\"role\":\"commander\",\"unitId\":\"rd-one\"}");
        Api officer = newAccountWithRoles("rd-can-bo-level", "{\"role\":\"station-officer\",\"unitId\":\"rd-one\"}");

        Api.Response set = commander.post("/api/v1/readiness/units/rd-one/orders", JSON, "{\"level\":\"high\","
                + "\"order\":\"Mệnh lệnh số 15/ML-BCH\",\"reason\":\"áp thấp nhiệt đới\",\"effectiveAt\":\"2026-07-10T00:00:00Z\"}");
        assertEquals(201, set.status(), set.body());
        assertEquals("high", set.json().get("level").asString());
        assertEquals("rd-chi-huy", set.json().get("setBy").asString());
        assertEquals(403, officer.post("/api/v1/readiness/units/rd-one/orders", JSON,
                "{\"level\":\"full\",\"order\":\"Lệnh 2\"}").status(), "a station officer does not set levels");
        assertEquals(403, stationCommander.post("/api/v1/readiness/units/rd-two/orders", JSON,
                "{\"level\":\"full\",\"order\":\"Lệnh 2\"}").status(), "nor does the commander of another station");
        Api.Response bad = commander.post("/api/v1/readiness/units/rd-one/orders", JSON,
                "{\"level\":\"extreme\",\"effectiveAt\":\"yesterday\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("effectiveAt"), bad.body());
        Api.Response badLevel = commander.post("/api/v1/readiness/units/rd-one/orders", JSON, "{\"level\":\"extreme\"}");
        assertEquals(400, badLevel.status(), badLevel.body());
        assertEquals(List.of("level", "order"), fields(badLevel.json()));
        assertEquals(409, commander.post("/api/v1/readiness/units/rd-one/orders", JSON, "{\"level\":\"regular\","
                + "\"order\":\"Lệnh 3\",\"effectiveAt\":\"2026-07-10T00:00:00Z\"}").status(), "one order per unit and instant");

        JsonNode orders = officer.get("/api/v1/readiness/units/rd-one/orders").json();
        assertEquals(1, orders.size(), orders.toString());
        assertEquals("Mệnh lệnh số 15/ML-BCH", orders.get(0).get("order").asString());
        assertEquals(404, officer.get("/api/v1/readiness/units/rd-two/orders").status(), "another station's is not disclosed");
        JsonNode audit = admin.get("/api/v1/audit?entity=readiness-level&entityId=rd-one").json().get("entries");
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("set-level", audit.get(0).get("action").asString());
    }

    @Test
    void aBoatGoneIntoMaintenanceDropsOffWhatCanGoWithItsReasonAndHoursAreDerived() {
        Api officer = newAccountWithRoles("rd-can-bo", "{\"role\":\"station-officer\",\"unitId\":\"rd-one\"}");
        assertEquals(201, officer.post("/api/v1/readiness/resources/rd-one-boat/statuses", JSON,
                "{\"status\":\"ready\",\"from\":\"2026-07-01T00:00:00Z\"}").status());
        JsonNode before = officer.get("/api/v1/readiness/board?unitId=rd-one").json();
        assertEquals("now", entry(before, "rd-one-boat").get("availability").asString());

        Api.Response maintenance = officer.post("/api/v1/readiness/resources/rd-one-boat/statuses", JSON,
                "{\"status\":\"maintenance\",\"reason\":\"thay chân vịt\",\"from\":\"2026-07-02T00:00:00Z\","
                        + "\"expectedReturn\":\"2026-07-04T00:00:00Z\"}");
        assertEquals(201, maintenance.status(), maintenance.body());
        JsonNode after = officer.get("/api/v1/readiness/board?unitId=rd-one").json();
        JsonNode boat = entry(after, "rd-one-boat");
        assertEquals("not-available", boat.get("availability").asString());
        assertEquals("maintenance", boat.get("status").get("status").asString());
        assertEquals("thay chân vịt", boat.get("status").get("reason").asString());
        assertEquals("2026-07-04T00:00:00Z", boat.get("status").get("expectedReturn").asString());
        assertEquals("now", entry(officer.get("/api/v1/readiness/board?unitId=rd-one&at=2026-07-01T12:00:00Z").json(),
                "rd-one-boat").get("availability").asString(), "the board of a past moment");

        Api.Response noReason = officer.post("/api/v1/readiness/resources/rd-one-boat/statuses", JSON,
                "{\"status\":\"defect\",\"from\":\"2026-07-03T00:00:00Z\"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(List.of("reason"), fields(noReason.json()));
        assertEquals(404, officer.post("/api/v1/readiness/resources/rd-two-boat/statuses", JSON,
                "{\"status\":\"ready\"}").status(), "another station's boat");
        assertEquals(404, officer.get("/api/v1/readiness/board?unitId=rd-two").status());

        JsonNode hours = officer.get("/api/v1/readiness/hours?unitId=rd-one&from=2026-07-01T00:00:00Z&to=2026-07-03T00:00:00Z")
                .json();
        assertEquals(24.0, hours.get("total").get("hours").get("ready").asDouble(), 1e-9);
        assertEquals(24.0, hours.get("total").get("hours").get("maintenance").asDouble(), 1e-9);
        assertEquals(400, officer.get("/api/v1/readiness/hours?from=2026-07-03T00:00:00Z&to=2026-07-01T00:00:00Z").status());

        JsonNode timeline = officer.get("/api/v1/readiness/resources/rd-one-boat/statuses").json();
        assertEquals(2, timeline.size(), timeline.toString());
        JsonNode audit = admin.get("/api/v1/audit?entity=resource-status&entityId=rd-one-boat").json().get("entries");
        assertEquals(2, audit.size(), audit.toString());
        assertEquals("rd-can-bo", audit.get(0).get("account").asString());
    }

    @Test
    void theCatalogNamesEveryCodeInVietnameseAndEnglish() {
        JsonNode catalog = newAccount("rd-viewer", "viewer").get("/api/v1/readiness/catalog").json();
        assertEquals(4, catalog.get("levels").size());
        assertEquals("Thường xuyên", catalog.get("levels").get(0).get("vi").asString());
        assertEquals(7, catalog.get("statuses").size());
        assertEquals("within-30-minutes", catalog.get("statuses").get(1).get("availability").asString());
        assertEquals(3, catalog.get("availabilities").size());
    }

    private static JsonNode entry(JsonNode board, String resourceId) {
        for (JsonNode unit : board.get("units")) {
            for (JsonNode resource : unit.get("resources")) {
                if (resource.get("resourceId").asString().equals(resourceId)) {
                    return resource;
                }
            }
        }
        throw new AssertionError("no " + resourceId + " on " + board);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
