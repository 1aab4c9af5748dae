package io.coastwatch.server.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import io.coastwatch.store.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Indicators, plans and progress over HTTP: a command ({@code ind-cmd}) with a station ({@code ind-st},
 * zone {@code ind-zone}) whose alerts of 2023 and 2024 the store holds; figures and their drill-down in
 * the caller's scope, plans set by a commander and refused to a station officer, bad fields named,
 * writes audited; the review report downloaded as DOCX and PDF with the progress figures.
 */
class IndicatorApiTest extends ServerTest {
    private static final String YEAR_2024 = "unitId=ind-st&first=2024-01-01&last=2024-12-31";
    private static final List<Long> RAISED = new ArrayList<>();

    @Autowired
    private Database database;

    @BeforeEach
    void command() {
        if (!RAISED.isEmpty()) {
            return;
        }
        assertEquals(201, admin.post("/api/v1/units", "application/json", "{\"id\":\"ind-cmd\",\"code\":\"IND-C\","
                + "\"kind\":\"command\",\"nameVi\":\"Bộ Chỉ huy chỉ tiêu\",\"validFrom\":\"2020-01-01\"}").status());
        Api.Response station = admin.post("/api/v1/units", "application/json", "{\"id\":\"ind-st\",\"code\":\"IND-S\","
                + "\"kind\":\"station\",\"nameVi\":\"Đồn chỉ tiêu\",\"parentId\":\"ind-cmd\",\"areaZoneIds\":[\"ind-zone\"],"
                + "\"validFrom\":\"2020-01-01\"}");
        assertEquals(201, station.status(), station.body());
        RAISED.add(raise(RuleType.FOREIGN_VESSEL, 412_770_001L, "ind-zone", "2024-03-02T01:00:00Z", "2024-03-02T01:04:00Z"));
        RAISED.add(raise(RuleType.FOREIGN_VESSEL, 412_770_002L, "ind-zone", "2024-05-02T01:00:00Z", "2024-05-02T01:10:00Z"));
        RAISED.add(raise(RuleType.FOREIGN_VESSEL, 412_770_001L, "ind-zone", "2024-07-09T01:00:00Z", null));
        raise(RuleType.FOREIGN_VESSEL, 412_770_009L, "ind-zone", "2023-04-02T01:00:00Z", null);
        raise(RuleType.FOREIGN_VESSEL, 412_770_010L, "ind-elsewhere", "2024-04-02T01:00:00Z", null);
    }

    private long raise(RuleType type, long vessel, String zone, String at, String acknowledgedAt) {
        long first = Instant.parse(at).toEpochMilli();
        Alert alert = database.alerts().create(Alert.builder().ruleId("ind-" + type.slug() + "-" + at).ruleType(type).vesselId(vessel)
                .zoneId(zone).severity(Severity.WARNING).firstMillis(first).lastMillis(first).position(11.5, 109.3)
                .summary(type.slug()).figures(Map.of()).build(),
                new AlertEvent(0, first, AlertEvent.SYSTEM, "created", null), List.of(), stored -> List.of());
        if (acknowledgedAt != null) {
            database.alerts().update(alert.withState(AlertState.ACKNOWLEDGED), new AlertEvent(alert.id(),
                    Instant.parse(acknowledgedAt).toEpochMilli(), "ind-duty", "acknowledged", null), List.of(),
                    stored -> List.of());
        }
        return alert.id();
    }

    @Test
    void figuresAndTheirDrillDownCountTheStationsAlertsAgainstTheYearBefore() {
        Api commander = newAccountWithRoles("ind-commander", "{\"role\":\"commander\",\"unitId\":\"ind-cmd\"}");
        JsonNode catalogue = commander.get("/api/v1/indicators").json();
        JsonNode foreignDefinition = find(catalogue, "code", "foreign-vessels-detected");
        assertEquals("vessels", foreignDefinition.get("units").get(0).get("code").asString());
        assertEquals("phương tiện", foreignDefinition.get("units").get(0).get("label").get("vi").asString());

        Api.Response figures = commander.get("/api/v1/indicators/figures?" + YEAR_2024);
        assertEquals(200, figures.status(), figures.body());
        JsonNode foreign = find(figures.json(), "code", "foreign-vessels-detected");
        assertEquals(2.0, foreign.get("value").asDouble(), "two vessels, one of them twice: " + foreign);
        assertEquals(3, foreign.get("records").asInt());
        assertEquals(1.0, foreign.get("previous").asDouble(), "the same months of 2023");
        assertEquals(7.0, find(figures.json(), "code", "alert-response-median").get("value").asDouble(),
                "the median of 4 and 10 minutes; the unanswered alert has no response time");

        JsonNode drillDown = commander.get("/api/v1/indicators/foreign-vessels-detected/records?" + YEAR_2024).json();
        List<Long> listed = new ArrayList<>();
        drillDown.get("listed").forEach(record -> listed.add(Long.parseLong(record.get("id").asString())));
        assertEquals(RAISED, listed, "the records counted, oldest first: " + drillDown);
        assertEquals(1, commander.get("/api/v1/indicators/foreign-vessels-detected/records?limit=1&" + YEAR_2024).json()
                .get("listed").size());
    }

    @Test
    void aBadParameterIsNamedAndAUnitOutsideTheScopeIsRefused() {
        Api officer = newAccountWithRoles("ind-officer", "{\"role\":\"station-officer\",\"unitId\":\"ind-st\"}");
        assertEquals(200, officer.get("/api/v1/indicators/figures?first=2024-01-01&last=2024-12-31").status(),
                "by default the officer's own station");
        assertEquals(403, officer.get("/api/v1/indicators/figures?unitId=ind-cmd").status(), "the command is above it");
        assertField(officer.get("/api/v1/indicators/figures?first=2024-13-01"), "first", "bad-format");
        assertField(officer.get("/api/v1/indicators/figures?first=2024-02-01&last=2024-01-01"), "last", "out-of-range");
        assertField(officer.get("/api/v1/indicators/figures?unitId=ind-none"), "unitId", "unknown-value");
        assertField(officer.get("/api/v1/indicators/alerts-total/records?limit=0"), "limit", "out-of-range");
        assertEquals(404, officer.get("/api/v1/indicators/no-such-indicator/records").status());
    }

    @Test
    void aCommanderSetsAPlanAndItsTargetsAuditedAndProgressIsMeasuredAgainstThem() {
        Api commander = newAccountWithRoles("ind-planner", "{\"role\":\"commander\",\"unitId\":\"ind-cmd\"}");
        Api officer = newAccountWithRoles("ind-reader", "{\"role\":\"station-officer\",\"unitId\":\"ind-st\"}");
        String plan = "{\"id\":\"ind-kh-2024\",\"kind\":\"year-plan\",\"unitId\":\"ind-cmd\","
                + "\"title\":\"Kế hoạch công tác năm 2024\",\"first\":\"2024-01-01\",\"last\":\"2024-12-31\"}";
        assertEquals(403, officer.post("/api/v1/plans", "application/json", plan.replace("ind-cmd", "ind-st")).status(),
                "an officer reads plans, a commander sets them");
        Api.Response bad = commander.post("/api/v1/plans", "application/json",
                "{\"id\":\"ind kh\",\"kind\":\"plan\",\"unitId\":\"ind-cmd\",\"first\":\"2024-01-01\",\"last\":\"2023-01-01\"}");
        assertEquals(List.of("id", "kind", "title", "last"), fields(bad));
        Api.Response created = commander.post("/api/v1/plans", "application/json", plan);
        assertEquals(201, created.status(), created.body());
        assertEquals(409, commander.post("/api/v1/plans", "application/json", plan).status());

        assertEquals(List.of("targets[0].value", "targets[1].first"), fields(commander.put("/api/v1/plans/ind-kh-2024/targets",
                "application/json", "{\"targets\":[{\"indicatorCode\":\"foreign-vessels-detected\",\"value\":\"many\"},"
                        + "{\"indicatorCode\":\"alerts-total\",\"first\":\"1 May\",\"value\":3}]}")));
        assertEquals(List.of("targets[0].indicatorCode", "targets[1].unitId"), fields(commander.put(
                "/api/v1/plans/ind-kh-2024/targets", "application/json", "{\"targets\":[{\"indicatorCode\":\"none\",\"value\":1},"
                        + "{\"indicatorCode\":\"departures-recorded\",\"unitId\":\"ind-none\",\"value\":3}]}")));
        Api.Response set = commander.put("/api/v1/plans/ind-kh-2024/targets", "application/json",
                "{\"targets\":[{\"indicatorCode\":\"foreign-vessels-detected\",\"unitId\":\"ind-st\",\"value\":1},"
                        + "{\"indicatorCode\":\"vessels-in-foreign-waters\",\"unitId\":\"ind-st\",\"value\":0}]}");
        assertEquals(200, set.status(), set.body());

        assertEquals(404, officer.get("/api/v1/progress?planId=ind-kh-2024").status(),
                "a station does not read the command's plan, whose targets reach its sister stations");
        Api viewer = newAccountWithRoles("ind-viewer", "{\"role\":\"viewer\",\"unitId\":\"ind-cmd\"}");
        JsonNode progress = viewer.get("/api/v1/progress?planId=ind-kh-2024").json();
        assertEquals(2, progress.size(), progress.toString());
        JsonNode foreign = progress.get(0);
        assertEquals(2.0, foreign.get("actual").asDouble());
        assertEquals(200.0, foreign.get("percentOfTarget").asDouble(), 1e-9);
        assertEquals(1.0, foreign.get("previous").asDouble());
        assertEquals(100.0, foreign.get("changePercent").asDouble(), 1e-9);
        assertEquals("exceeded", foreign.get("assessment").asString());
        assertEquals("Vượt", foreign.get("assessmentLabel").get("vi").asString());
        assertEquals("met", progress.get(1).get("assessment").asString(), "no vessel of ours in foreign waters");
        assertTrue(progress.get(1).get("percentOfTarget").isNull(), "a zero target has no percentage");
        assertField(viewer.get("/api/v1/progress"), "planId", "required");
        assertEquals(1, viewer.get("/api/v1/plans").json().size());
        assertEquals(0, officer.get("/api/v1/plans").json().size());

        JsonNode audit = admin.get("/api/v1/audit?entity=plan&entityId=ind-kh-2024").json().get("entries");
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.get("action").asString()));
        assertEquals(List.of("set-targets", "create"), actions, "only the writes that happened");
        assertEquals("ind-planner", audit.get(0).get("account").asString());
    }

    @Test
    void theReviewReportDownloadsAsDocxAndPdfWithTheProgressFigures() throws IOException {
        Api commander = newAccountWithRoles("ind-reporter", "{\"role\":\"commander\",\"unitId\":\"ind-st\"}");
        assertEquals(201, commander.post("/api/v1/plans", "application/json", "{\"id\":\"ind-kh-st\",\"kind\":\"campaign\","
                + "\"unitId\":\"ind-st\",\"title\":\"Đợt cao điểm năm 2024\",\"first\":\"2024-01-01\",\"last\":\"2024-12-31\"}")
                .status());
        assertEquals(200, commander.put("/api/v1/plans/ind-kh-st/targets", "application/json",
                "{\"targets\":[{\"indicatorCode\":\"foreign-vessels-detected\",\"value\":4}]}").status());
        JsonNode row = commander.get("/api/v1/progress?planId=ind-kh-st").json().get(0);

        HttpResponse<byte[]> docx = download(commander, "/api/v1/reports/review?planId=ind-kh-st");
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Disposition").orElseThrow().contains("bao-cao-so-ket-ind-kh-st.docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> printed = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().strip().equals("Chỉ tiêu"))
                    .map(table -> table.getRow(1).getTableCells().stream().map(cell -> cell.getText().strip()).toList())
                    .findFirst().orElseThrow();
            assertEquals(List.of("Tàu nước ngoài bị phát hiện xâm phạm vùng biển", "phương tiện", "4",
                    Long.toString(row.get("actual").asLong()), "50,0 %", Long.toString(row.get("previous").asLong()),
                    "+1 (+100,0 %)"), printed, "the progress figures: " + row);
        }
        HttpResponse<byte[]> pdf = download(commander, "/api/v1/reports/review?planId=ind-kh-st&format=pdf");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertField(commander.get("/api/v1/reports/review?planId=ind-kh-st&format=odt"), "format", "unknown-value");
        HttpResponse<byte[]> daily = download(commander, "/api/v1/reports/daily?day=2024-03-02");
        assertEquals(200, daily.statusCode());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(daily.body()))) {
            assertTrue(document.getParagraphs().stream().anyMatch(line -> line.getText().contains("Tình hình ngày 02/03/2024")));
        }
    }

    private static HttpResponse<byte[]> download(Api api, String path) throws IOException {
        try {
            // a report draws charts and a map: on a loaded machine it may take longer than an API call's 30 s
            return HttpClient.newHttpClient().send(api.request(path).timeout(Duration.ofMinutes(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertField(Api.Response response, String field, String code) {
        assertEquals(400, response.status(), response.body());
        JsonNode error = find(response.json().get("errors"), "field", field);
        assertEquals(code, error.get("code").asString(), response.body());
    }

    private static List<String> fields(Api.Response response) {
        assertEquals(400, response.status(), response.body());
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static JsonNode find(JsonNode items, String key, String value) {
        for (JsonNode item : items) {
            if (item.get(key).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + key + " " + value + " in " + items);
    }
}
