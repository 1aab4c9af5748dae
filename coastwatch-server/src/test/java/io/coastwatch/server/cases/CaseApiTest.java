package io.coastwatch.server.cases;

import static io.coastwatch.server.alert.TestDetections.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Cases over real HTTP: opened by hand with its field errors, numbered per unit, seen only within the
 * caller's units; opened from an alert in one click and joined by another, the link shown on both
 * sides; moved through its states (409 for a step its state refuses), given tasks, persons and notes;
 * every action audited.
 */
class CaseApiTest extends ServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long T0 = Instant.parse("2026-11-28T06:00:00Z").toEpochMilli();
    private static final String JSON = "application/json";

    @Autowired
    private AlertWorker alerts;

    private static boolean unitsMade;

    @BeforeEach
    void units() {
        if (unitsMade) {
            return;
        }
        for (String unit : List.of("case-cmd", "case-nc", "case-cn")) {
            Api.Response created = admin.post("/api/v1/units", JSON, "{\"id\":\"" + unit + "\",\"code\":\""
                    + unit.toUpperCase(Locale.ROOT) + "\",\"kind\":\"" + (unit.equals("case-cmd") ? "command" : "station")
                    + "\"," + (unit.equals("case-cmd") ? "" : "\"parentId\":\"case-cmd\",")
                    + "\"nameVi\":\"Đơn vị " + unit + "\",\"validFrom\":\"2020-01-01\"}");
            assertEquals(201, created.status(), created.body());
        }
        unitsMade = true;
    }

    private Api stationOfficer(String username, String unit) {
        return newAccountWithRoles(username, "{\"role\":\"station-officer\",\"unitId\":\"" + unit + "\"}");
    }

    private static String caseBody(String title) {
        return "{\"kindId\":\"smuggling\",\"severity\":\"critical\",\"title\":\"" + title + "\","
                + "\"occurredAt\":\"2026-11-28T05:00:00Z\",\"latitude\":11.55,\"longitude\":109.2,"
                + "\"vessels\":[{\"registrationNumber\":\"NT-90001-TS\",\"name\":\"Biển Xanh\"}]}";
    }

    @Test
    void aCaseOpenedByHandIsNumberedPerUnitNamesItsWrongFieldsAndIsSeenOnlyInItsUnits() {
        Api ninhChu = stationOfficer("case-officer-nc", "case-nc");
        Api caNa = stationOfficer("case-officer-cn", "case-cn");
        Api.Response refused = ninhChu.post("/api/v1/cases", JSON, "{\"kindId\":\"no-such-kind\",\"title\":\"\","
                + "\"occurredAt\":\"yesterday\",\"latitude\":11.5,\"severity\":\"urgent\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("severity", "title", "occurredAt", "longitude"), fields(refused), refused.body());
        Api.Response unknownKind = ninhChu.post("/api/v1/cases", JSON, caseBody("x").replace("smuggling", "no-such-kind"));
        assertEquals(List.of("kindId"), fields(unknownKind), unknownKind.body());

        Api.Response opened = ninhChu.post("/api/v1/cases", JSON, caseBody("Tàu chở hàng lậu gần Hòn Đỏ"));
        assertEquals(201, opened.status(), opened.body());
        JsonNode incident = opened.json();
        String id = incident.get("id").asString();
        assertTrue(incident.get("number").asString().matches("\\d+/VV-CASE-NC"), incident.toString());
        assertEquals("reported", incident.get("state").asString());
        assertEquals("case-nc", incident.get("unit").get("id").asString());
        assertEquals("Buôn lậu", incident.get("kind").get("name").get("vi").asString());
        assertEquals("NT-90001-TS", incident.get("vessels").get(0).get("registrationNumber").asString());
        assertEquals("opened", incident.get("timeline").get(0).get("type").asString());
        int sequence = Integer.parseInt(incident.get("number").asString().split("/")[0]);
        Api.Response second = ninhChu.post("/api/v1/cases", JSON, caseBody("Lần hai"));
        assertEquals((sequence + 1) + "/VV-CASE-NC", second.json().get("number").asString());

        assertEquals(404, caNa.get("/api/v1/cases/" + id).status(), "another station's case is not disclosed");
        assertFalse(caNa.get("/api/v1/cases?limit=1000").body().contains(id));
        assertEquals(404, caNa.post("/api/v1/cases/" + id + "/notes", JSON, "{\"text\":\"xem\"}").status());
        assertTrue(ninhChu.get("/api/v1/cases?kind=smuggling&state=reported&q=h%C3%B2n").body().contains(id));
        assertEquals(403, caNa.post("/api/v1/cases", JSON, caseBody("x").replace("{\"kindId\"",
                "{\"unitId\":\"case-nc\",\"kindId\"")).status(), "no case is opened for another station");
        assertEquals(403, newAccount("case-viewer", "viewer").post("/api/v1/cases", JSON, caseBody("x")).status());
        assertEquals(200, newAccount("case-viewer-2", "viewer").get("/api/v1/cases/catalogue").status());
        assertEquals("state", admin.get("/api/v1/cases?state=open").json().get("errors").get(0).get("field").asString());
    }

    @Test
    void aCaseMovesThroughItsStatesWithTasksPersonsAndNotesEachAudited() {
        Api ninhChu = stationOfficer("case-worker-nc", "case-nc");
        String id = ninhChu.post("/api/v1/cases", JSON, caseBody("Tàu lạ neo đậu")).json().get("id").asString();
        String path = "/api/v1/cases/" + id;

        assertEquals("verifying", ninhChu.post(path + "/state", JSON, "{\"state\":\"verifying\"}").json().get("state").asString());
        Api.Response refused = ninhChu.post(path + "/state", JSON, "{\"state\":\"closed\"}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals(List.of("state"), fields(ninhChu.post(path + "/state", JSON, "{\"state\":\"finished\"}")));
        assertEquals(List.of("comment"), fields(ninhChu.post(path + "/state", JSON, "{\"state\":\"unfounded\"}")));
        JsonNode confirmed = ninhChu.post(path + "/state", JSON, "{\"state\":\"confirmed\",\"comment\":\"tàu tuần tra xác nhận\"}").json();
        assertEquals(List.of("responding", "handling", "handed-over", "closed"),
                confirmed.get("next").valueStream().map(JsonNode::asString).toList());

        Api.Response task = ninhChu.post(path + "/tasks", JSON, "{\"what\":\"Lấy lời khai\",\"assigneeKind\":\"unit\","
                + "\"assigneeId\":\"case-nc\",\"due\":\"2026-01-01T00:00:00Z\"}");
        assertEquals(200, task.status(), task.body());
        assertTrue(task.json().get("tasks").get(0).get("overdue").asBoolean(), "its time has passed");
        assertEquals(List.of("assigneeKind", "due"), fields(ninhChu.post(path + "/tasks", JSON,
                "{\"what\":\"x\",\"assigneeKind\":\"ship\",\"assigneeId\":\"case-nc\"}")));
        JsonNode done = ninhChu.post(path + "/tasks/t1/done", JSON, "{}").json();
        assertFalse(done.get("tasks").get(0).get("overdue").asBoolean());
        assertEquals("case-worker-nc", done.get("tasks").get(0).get("doneBy").asString());
        assertEquals(409, ninhChu.post(path + "/tasks/t1/done", JSON, "{}").status());

        assertEquals(List.of("nationalId"), fields(ninhChu.post(path + "/persons", JSON,
                "{\"name\":\"Nguyễn Văn A\",\"role\":\"suspect\",\"nationalId\":\"12ab\"}")));
        assertEquals(200, ninhChu.post(path + "/persons", JSON,
                "{\"name\":\"Nguyễn Văn A\",\"role\":\"suspect\",\"nationalId\":\"058090001234\"}").status());
        assertEquals(409, ninhChu.post(path + "/vessels", JSON, "{\"registrationNumber\":\"NT-90001-TS\"}").status(),
                "the case holds that vessel already");
        JsonNode noted = ninhChu.post(path + "/notes", JSON, "{\"text\":\"Đã lập biên bản vi phạm\"}").json();
        JsonNode last = noted.get("timeline").get(noted.get("timeline").size() - 1);
        assertEquals("note-added", last.get("type").asString());
        assertTrue(last.get("officers").asBoolean());
        assertEquals(1, admin.get("/api/v1/cases?q=" + noted.get("number").asString().replace("/", "%2F")).json()
                .get("cases").get(0).get("persons").asInt());

        List<String> actions = admin.get("/api/v1/audit?entity=case&entityId=" + id).json().get("entries").valueStream()
                .map(entry -> entry.get("action").asString()).toList();
        assertEquals(List.of("add-note", "add-party", "complete-task", "add-task", "change-state", "change-state", "open"),
                actions);
    }

    @Test
    void anAlertOpensACaseInOneClickAnotherJoinsItAndEachShowsItsCase() {
        Api duty = newAccount("case-duty", "duty-officer");
        alerts.accept(raised("case-alert-1", 574_930_001L, "mpa-a", Severity.CRITICAL, T0, 0));
        alerts.accept(raised("case-alert-2", 574_930_002L, "mpa-a", Severity.WARNING, T0, 0));
        long first = awaitAlert("case-alert-1");
        long second = awaitAlert("case-alert-2");

        assertEquals(List.of("unitId"), fields(duty.post("/api/v1/cases/from-alert", JSON, "{\"alertId\":" + first + "}")),
                "the command's duty officer names the unit");
        assertEquals(List.of("alertId"), fields(duty.post("/api/v1/cases/from-alert", JSON, "{\"alertId\":999999999}")));
        Api.Response opened = duty.post("/api/v1/cases/from-alert", JSON,
                "{\"alertId\":" + first + ",\"unitId\":\"case-nc\"}");
        assertEquals(200, opened.status(), opened.body());
        assertTrue(opened.json().get("opened").asBoolean());
        JsonNode incident = opened.json().get("incident");
        String id = incident.get("id").asString();
        assertEquals("protected-area-violation", incident.get("kind").get("id").asString());
        assertEquals("critical", incident.get("severity").asString());
        assertEquals("574930001", incident.get("vessels").get(0).get("vesselId").asString());
        assertEquals("alert", incident.get("sources").get(0).get("type").asString());

        JsonNode again = duty.post("/api/v1/cases/from-alert", JSON, "{\"alertId\":" + first + ",\"unitId\":\"case-nc\"}").json();
        assertFalse(again.get("opened").asBoolean());
        assertEquals(id, again.get("incident").get("id").asString(), "the alert's open case, not a second one");

        JsonNode joined = duty.post("/api/v1/cases/from-alert", JSON, "{\"alertId\":" + second + ",\"caseId\":\"" + id + "\"}").json();
        assertEquals(List.of(Long.toString(first), Long.toString(second)),
                joined.get("incident").get("sources").valueStream().map(source -> source.get("id").asString()).toList());
        assertEquals(2, joined.get("incident").get("vessels").size());
        assertEquals(409, duty.post("/api/v1/cases/from-alert", JSON, "{\"alertId\":" + second + ",\"caseId\":\"" + id + "\"}")
                .status(), "linked already");
        for (long alert : List.of(first, second)) {
            JsonNode cases = admin.get("/api/v1/alerts/" + alert).json().get("cases");
            assertEquals(1, cases.size(), cases.toString());
            assertEquals(id, cases.get(0).get("id").asString());
            assertEquals(incident.get("number").asString(), cases.get(0).get("number").asString());
        }
    }

    private long awaitAlert(String ruleId) {
        return Await.until(ruleId, WAIT, () -> admin.get("/api/v1/alerts?ruleId=" + ruleId).json(),
                page -> page.get("total").asInt() == 1).get("alerts").get(0).get("id").asLong();
    }

    private static List<String> fields(Api.Response response) {
        assertEquals(400, response.status(), response.body());
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
