package io.coastwatch.server.alert;

import static io.coastwatch.server.alert.TestDetections.ended;
import static io.coastwatch.server.alert.TestDetections.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.LiveFeed;
import io.coastwatch.server.support.ServerTest;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The alerts API over real HTTP: detections fed into the real alert service (real SQLite store), then
 * listed, filtered, moved through their life cycle with a bearer token, and pushed on the live feed.
 */
class AlertApiTest extends ServerTest {
    private static final long T0 = Instant.parse("2026-11-28T06:00:00Z").toEpochMilli();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private AlertWorker alerts;

    private JsonNode list(String query) {
        Api.Response response = admin.get("/api/v1/alerts?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private JsonNode awaitOne(String query, java.util.function.Predicate<JsonNode> condition) {
        return Await.until(query, WAIT, () -> list(query), page -> page.get("total").asInt() == 1
                && condition.test(page.get("alerts").get(0))).get("alerts").get(0);
    }

    @Test
    void oneOpenAlertPerKeyIsUpdatedWhileTheConditionHoldsAndShowsTheVessel() {
        int mmsi = 574_910_001;
        List<String> lines = new ArrayList<>(nmea.staticData(mmsi, "NINH THUAN 05", "XVNT5", 30));
        lines.add(nmea.position(mmsi, 12.3, 109.6)); // outside the boxes other tests of this server count vessels in
        replay("alert-api-vessel", lines);
        Await.until("vessel known", WAIT, () -> admin.get("/api/v1/vessels/" + mmsi).status() == 200);

        alerts.accept(raised("mpa-entry-1", mmsi, "mpa-nui-chua", Severity.WARNING, T0, 0));
        alerts.accept(raised("mpa-entry-1", mmsi, "mpa-nui-chua", Severity.CRITICAL, T0, 5));
        alerts.accept(raised("mpa-entry-1", mmsi, "mpa-nui-chua", Severity.WARNING, T0, 10));
        alerts.accept(ended("mpa-entry-1", mmsi, "mpa-nui-chua", T0, 12));

        JsonNode alert = awaitOne("ruleId=mpa-entry-1", a -> a.get("endedTime").isString());
        assertEquals("protected-area", alert.get("ruleType").asString());
        assertEquals("critical", alert.get("severity").asString(), "the highest severity reached");
        assertEquals("new", alert.get("state").asString(), "ended, but open until a person closes it");
        for (String storeField : List.of("vesselId", "mmsi", "vesselName", "registrationNumber", "otherVesselId", "zoneId",
                "summary", "details")) {
            assertFalse(alert.has(storeField), "a view, not the store's row: no " + storeField);
        }
        assertEquals("2026-11-28T06:00:00Z", alert.get("firstTime").asString());
        assertEquals("2026-11-28T06:10:00Z", alert.get("lastTime").asString());
        assertEquals("2026-11-28T06:12:00Z", alert.get("endedTime").asString());
        assertEquals(11.61, alert.get("latitude").asDouble(), 1e-9);
        assertEquals(10, alert.get("figures").get("minutes").get("value").asDouble());
        assertEquals("min", alert.get("figures").get("minutes").get("unit").asString());
        assertEquals("2026-11-28T06:00:00Z", alert.get("figures").get("since").get("value").asString());
        assertEquals("instant", alert.get("figures").get("since").get("unit").asString());
        assertEquals(2, alert.get("updates").asInt());
        assertTrue(alert.get("needsAction").asBoolean(), "a critical alert needs action");
        assertEquals(Long.toString(mmsi), alert.get("vessel").get("id").asString());
        assertEquals("NINH THUAN 05", alert.get("vessel").get("name").asString());
        assertEquals(mmsi, alert.get("vessel").get("mmsi").asInt());
        assertTrue(alert.get("otherVessel").isNull());
        assertEquals("mpa-nui-chua", alert.get("zone").get("id").asString(), "a zone not in force keeps its id");

        long id = alert.get("id").asLong();
        JsonNode detail = admin.get("/api/v1/alerts/" + id).json();
        assertEquals(id, detail.get("id").asLong(), "the alert's fields are at the top level");
        List<String> actions = new ArrayList<>();
        detail.get("history").forEach(step -> actions.add(step.get("action").asString() + "/" + step.get("user").asString()));
        assertEquals(List.of("created/system", "severity-raised/system", "ended/system"), actions);

        JsonNode evidence = admin.get("/api/v1/alerts/" + id + "/evidence").json();
        assertEquals("FeatureCollection", evidence.get("type").asString());
        JsonNode line = evidence.get("features").get(0);
        assertEquals("LineString", line.get("geometry").get("type").asString());
        assertEquals(7, line.get("geometry").get("coordinates").size(), "steps 0, 3-5 and 8-10, each once");
        assertEquals(109.2, line.get("geometry").get("coordinates").get(0).get(0).asDouble(), 1e-9);
        assertEquals(8, evidence.get("features").size(), "the line and a point per position");
        assertEquals("2026-11-28T06:10:00Z", evidence.get("features").get(7).get("properties").get("time").asString());
        assertEquals(6.5, evidence.get("features").get(7).get("properties").get("speedKnots").asDouble());

        alerts.accept(raised("mpa-entry-1", mmsi, "mpa-nui-chua", Severity.WARNING, T0, 20));
        JsonNode again = awaitOne("ruleId=mpa-entry-1", a -> a.get("updates").asInt() == 3);
        assertTrue(again.get("endedTime").isNull(), "the condition holds again");
        assertEquals(id, again.get("id").asLong());
    }

    @Test
    void peopleMoveAlertsThroughTheLifeCycleAndAClosedAlertIsNeverReopened() {
        Api operator = newAccount("alert-operator", "OPERATOR").withNewToken();
        Api viewer = newAccount("alert-viewer", "VIEWER");
        long vessel = 574_910_002L;
        alerts.accept(raised("mpa-entry-2", vessel, "mpa-a", Severity.WARNING, T0, 0));
        long id = awaitOne("ruleId=mpa-entry-2", a -> true).get("id").asLong();

        assertEquals(403, viewer.post("/api/v1/alerts/" + id + "/acknowledge", "application/json", "{}").status());
        Api.Response acknowledged = operator.post("/api/v1/alerts/" + id + "/acknowledge", "application/json",
                "{\"comment\":\"patrol boat BP-21 informed\"}");
        assertEquals(200, acknowledged.status(), acknowledged.body());
        assertEquals("acknowledged", acknowledged.json().get("state").asString());
        Api.Response twice = operator.post("/api/v1/alerts/" + id + "/acknowledge", "application/json", "{}");
        assertEquals(409, twice.status());
        assertTrue(twice.json().get("detail").asString().contains("is acknowledged"), twice.body());
        assertEquals(200, operator.post("/api/v1/alerts/" + id + "/escalate", "application/json", "").status(),
                "no body is fine");
        Api.Response closed = operator.post("/api/v1/alerts/" + id + "/false-alarm", "application/json",
                "{\"comment\":\"research vessel with a permit\"}");
        assertEquals("false-alarm", closed.json().get("state").asString());
        assertEquals(409, admin.post("/api/v1/alerts/" + id + "/resolve", "application/json", "{}").status());
        assertEquals(404, admin.post("/api/v1/alerts/" + id + "/forget", "application/json", "{}").status());
        assertEquals(404, admin.post("/api/v1/alerts/999999/resolve", "application/json", "{}").status());
        assertEquals(404, admin.get("/api/v1/alerts/999999").status());

        JsonNode history = admin.get("/api/v1/alerts/" + id).json().get("history");
        assertEquals("acknowledged", history.get(1).get("action").asString());
        assertEquals("alert-operator", history.get(1).get("user").asString());
        assertEquals("patrol boat BP-21 informed", history.get(1).get("comment").asString());
        assertEquals("escalated", history.get(2).get("action").asString());
        assertEquals("false-alarm", history.get(3).get("action").asString());
        assertEquals("research vessel with a permit", history.get(3).get("comment").asString());

        // The same episode goes on after it was closed: no new alert. Once it has ended and holds again, a new
        // alert opens; the closed one stays closed.
        alerts.accept(raised("mpa-entry-2", vessel, "mpa-a", Severity.WARNING, T0, 10));
        alerts.accept(ended("mpa-entry-2", vessel, "mpa-a", T0, 20));
        alerts.accept(raised("mpa-entry-2", vessel, "mpa-a", Severity.WARNING, T0, 30));
        JsonNode reopened = awaitOne("ruleId=mpa-entry-2&state=open", a -> true);
        assertEquals("2026-11-28T06:30:00Z", reopened.get("firstTime").asString(), "opened by the new episode");
        assertTrue(reopened.get("id").asLong() > id);
        assertEquals("new", reopened.get("state").asString());
        assertEquals(1, list("ruleId=mpa-entry-2&state=closed").get("total").asInt());
        assertEquals(2, list("ruleId=mpa-entry-2").get("total").asInt());
    }

    @Test
    void listsWithFiltersNewestFirst() {
        long vessel = 574_910_003L;
        alerts.accept(raised("filter-a", vessel, "zone-a", Severity.INFO, T0, 1));
        alerts.accept(raised("filter-b", vessel, "zone-b", Severity.CRITICAL, T0, 2));
        alerts.accept(raised("filter-c", 574_910_004L, "zone-a", Severity.WARNING, T0, 3));
        Await.until("three alerts", WAIT, () -> list("ruleId=filter-a,filter-b,filter-c").get("total").asInt() == 3);

        assertEquals(List.of("filter-c", "filter-b", "filter-a"), ruleIds(list("ruleId=filter-a,filter-b,filter-c")));
        assertEquals(List.of("filter-b", "filter-a"), ruleIds(list("vessel=" + vessel)));
        assertEquals(List.of("filter-c", "filter-a"), ruleIds(list("zone=zone-a&ruleId=filter-a,filter-c")));
        assertEquals(List.of("filter-b"), ruleIds(list("severity=CRITICAL&vessel=" + vessel)));
        assertEquals(List.of("filter-c", "filter-b"),
                ruleIds(list("severity=warning,critical&ruleType=protected-area&ruleId=filter-a,filter-b,filter-c")));
        assertEquals(List.of("filter-c", "filter-b"),
                ruleIds(list("ruleId=filter-a,filter-b,filter-c&from=2026-11-28T06:01:30Z")));
        assertEquals(List.of("filter-a"), ruleIds(list("ruleId=filter-a,filter-b,filter-c&to=" + (T0 + 90_000))));
        JsonNode page = list("ruleId=filter-a,filter-b,filter-c&limit=1&offset=1");
        assertEquals(3, page.get("total").asInt());
        assertEquals(List.of("filter-b"), ruleIds(page));
        assertEquals(0, list("ruleId=filter-a&state=closed").get("total").asInt());

        for (String bad : List.of("state=sleeping", "severity=urgent", "ruleType=piracy", "from=yesterday", "limit=0",
                "vessel=abc")) {
            Api.Response refused = admin.get("/api/v1/alerts?" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.json().get("detail").asString().length() > 10, refused.body());
        }
    }

    private static List<String> ruleIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("alerts").forEach(a -> ids.add(a.get("ruleId").asString()));
        return ids;
    }

    @Test
    void everyLiveClientReceivesAlertsWhateverItsBoxAndRate() {
        LiveFeed subscribed = new LiveFeed();
        WebSocket first = LiveFeed.connect(admin, subscribed);
        first.sendText("{\"bbox\":[100.0,0.0,100.1,0.1],\"maxRatePerSecond\":1}", true).join();
        Await.until("subscribed", WAIT, () -> !subscribed.ofType("subscribed").isEmpty());
        LiveFeed unsubscribed = new LiveFeed();
        WebSocket second = LiveFeed.connect(admin, unsubscribed);
        // the server registers a client just after the handshake and greets it with a heartbeat: only then is it sure to be pushed to
        Await.until("greeted", WAIT, () -> !unsubscribed.ofType("heartbeat").isEmpty());

        alerts.accept(raised("live-alert", 574_910_005L, "mpa-live", Severity.CRITICAL, T0, 0));
        long id = awaitOne("ruleId=live-alert", a -> true).get("id").asLong();
        admin.post("/api/v1/alerts/" + id + "/acknowledge", "application/json", "{}");

        for (LiveFeed feed : List.of(subscribed, unsubscribed)) {
            List<JsonNode> mine = Await.until("alert messages", WAIT, () -> feed.ofType("alert").stream()
                    .filter(m -> m.get("alert").get("id").asLong() == id).toList(), m -> m.size() == 2);
            assertEquals("new", mine.get(0).get("alert").get("state").asString());
            assertEquals("critical", mine.get(0).get("alert").get("severity").asString());
            assertEquals("acknowledged", mine.get(1).get("alert").get("state").asString());
        }
        first.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        second.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void theEndpointsAreDocumentedAndTheServiceMeasured() {
        JsonNode paths = admin.get("/api/v1/openapi.json").json().get("paths");
        for (String path : List.of("/api/v1/alerts", "/api/v1/alerts/{id}", "/api/v1/alerts/{id}/evidence",
                "/api/v1/alerts/{id}/{action}")) {
            assertTrue(paths.has(path), path + " in " + paths.propertyNames());
        }
        assertTrue(paths.get("/api/v1/alerts").get("get").get("summary").asString().contains("newest"));
        String metrics = admin.get("/actuator/prometheus").body();
        for (String meter : List.of("coastwatch_alerts_open", "coastwatch_alerts_dropped_total",
                "coastwatch_webhooks_delivered_total", "coastwatch_live_alerts_sent_total")) {
            assertTrue(metrics.contains(meter), meter);
        }
        assertEquals(403, newAccount("alert-viewer-2", "VIEWER").get("/api/v1/alerts/1/deliveries").status(),
                "webhook URLs are for administrators");
    }

    @Test
    void anOpenAlertIsAssignedToAUnitOfTheOrganisationWithinTheCallersScope() {
        for (String unit : List.of("assign-cmd", "assign-other")) { // assign-other under assign-cmd
            Api.Response created = admin.post("/api/v1/units", "application/json", "{\"id\":\"" + unit
                    + "\",\"code\":\"" + unit.toUpperCase(java.util.Locale.ROOT) + "\",\"kind\":\"command\","
                    + (unit.equals("assign-other") ? "\"parentId\":\"assign-cmd\"," : "")
                    + "\"nameVi\":\"Đơn vị " + unit + "\",\"validFrom\":\"2020-01-01\"}");
            assertEquals(201, created.status(), created.body());
        }
        Api duty = newAccount("alert-duty", "duty-officer");
        Api station = newAccount("alert-station", "station-officer");
        Api otherCommander = newAccountWithRoles("alert-commander", "{\"role\":\"commander\",\"unitId\":\"assign-other\"}");
        long vessel = 574_910_077L;
        alerts.accept(raised("mpa-assign", vessel, "mpa-a", Severity.WARNING, T0, 0));
        long id = awaitOne("ruleId=mpa-assign", a -> true).get("id").asLong();
        String path = "/api/v1/alerts/" + id + "/assign";

        assertEquals(403, station.post(path, "application/json", "{\"unitId\":\"assign-cmd\"}").status(),
                "station officers do not assign");
        Api.Response unknown = duty.post(path, "application/json", "{\"unitId\":\"no-such-unit\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("unitId", unknown.json().get("errors").get(0).get("field").asString());
        assertEquals("unknown-unit", unknown.json().get("errors").get(0).get("code").asString());
        assertEquals("required", duty.post(path, "application/json", "{}").json().get("errors").get(0).get("code")
                .asString());
        assertEquals(403, otherCommander.post(path, "application/json", "{\"unitId\":\"assign-cmd\"}").status(),
                "the commander of a subordinate unit cannot assign to the unit above it");

        Api.Response assigned = duty.post(path, "application/json",
                "{\"unitId\":\"assign-cmd\",\"comment\":\"patrol boat of the command\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("new", assigned.json().get("state").asString(), "assigning keeps the state");
        assertEquals("assign-cmd", assigned.json().get("assignedUnit").get("id").asString());
        assertEquals("ASSIGN-CMD", assigned.json().get("assignedUnit").get("code").asString());
        assertEquals("Đơn vị assign-cmd", assigned.json().get("assignedUnit").get("name").get("vi").asString());
        JsonNode detail = admin.get("/api/v1/alerts/" + id).json();
        assertEquals("assign-cmd", detail.get("assignedUnit").get("id").asString());
        JsonNode step = detail.get("history").get(detail.get("history").size() - 1);
        assertEquals("assigned", step.get("action").asString());
        assertEquals("alert-duty", step.get("user").asString());
        assertEquals("patrol boat of the command", step.get("comment").asString());
        assertEquals("assign-cmd", step.get("assignedUnit").get("id").asString());
        assertTrue(detail.get("history").get(0).get("assignedUnit").isNull(), "only the assignment names a unit");

        assertEquals(200, duty.post("/api/v1/alerts/" + id + "/resolve", "application/json", "{}").status());
        assertEquals(409, duty.post(path, "application/json", "{\"unitId\":\"assign-cmd\"}").status(),
                "a closed alert is not assigned");
        assertEquals(404, duty.post("/api/v1/alerts/999999/assign", "application/json", "{\"unitId\":\"assign-cmd\"}")
                .status());
    }
}
