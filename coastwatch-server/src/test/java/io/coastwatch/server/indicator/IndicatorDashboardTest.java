package io.coastwatch.server.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Browser;
import io.coastwatch.server.support.BrowserTest;
import io.coastwatch.store.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo's year plan and the targets and reports screen (Chỉ tiêu & Báo cáo) in a real Chromium: the
 * demo organisation seeds its plan of 2026 through the plan use cases (audited as {@code system:seed})
 * and its progress is served; the store holds four foreign-vessel alerts in the command's area (three
 * of 2026, two vessels; one of 2025). The command's commander opens the dashboard, sees progress against
 * the plan in Vietnamese numbers, drills into the foreign vessels detected — the same records the figure
 * counts — and downloads the review report, read back from the DOCX and rendered from the PDF.
 * Screenshots under {@code target/console-screenshots/reports-*}, the PDF's pages beside them.
 */
@TestPropertySource(properties = "coastwatch.organisation.seed=demo")
class IndicatorDashboardTest extends BrowserTest {
    private static final String PLAN = "kh-2026-bdbp-kh";
    private static final String COMMANDER = "kh-chi-huy";

    @Autowired
    private Database database;

    @BeforeAll
    void alertsInTheCommandsArea() {
        raise(412_880_001L, "2026-03-02T01:00:00Z", "2026-03-02T01:06:00Z");
        raise(412_880_002L, "2026-05-02T01:00:00Z", "2026-05-02T01:12:00Z");
        raise(412_880_001L, "2026-07-09T01:00:00Z", null);
        raise(412_880_009L, "2025-04-02T01:00:00Z", null);
    }

    private void raise(long vessel, String at, String acknowledgedAt) {
        long first = Instant.parse(at).toEpochMilli();
        Alert alert = database.alerts().create(Alert.builder().ruleId("dash-foreign-" + at).ruleType(RuleType.FOREIGN_VESSEL)
                .vesselId(vessel).zoneId("NT-AOR").severity(Severity.WARNING).firstMillis(first).lastMillis(first)
                .position(11.5, 109.3).summary("foreign vessel " + vessel).figures(Map.of()).build(),
                new AlertEvent(0, first, AlertEvent.SYSTEM, "created", null), List.of(), stored -> List.of());
        if (acknowledgedAt != null) {
            database.alerts().update(alert.withState(AlertState.ACKNOWLEDGED), new AlertEvent(alert.id(),
                    Instant.parse(acknowledgedAt).toEpochMilli(), "dash-duty", "acknowledged", null), List.of(),
                    stored -> List.of());
        }
    }

    @Test
    void theDemoPlanIsSeededAuditedAndItsProgressServed() {
        Api commander = newAccountWithRoles(COMMANDER + "-api", "{\"role\":\"commander\",\"unitId\":\"bdbp-khanh-hoa\"}");
        JsonNode plan = commander.get("/api/v1/plans/" + PLAN).json();
        assertEquals("bdbp-khanh-hoa", plan.get("unitId").asString());
        assertEquals(5, plan.get("targets").size(), plan.toString());

        Api.Response progress = commander.get("/api/v1/progress?planId=" + PLAN);
        assertEquals(200, progress.status(), progress.body());
        JsonNode foreign = row(progress.json(), "foreign-vessels-detected");
        assertEquals(120.0, foreign.get("target").get("value").asDouble());
        assertEquals(2.0, foreign.get("actual").asDouble(), "two vessels in 2026: " + foreign);
        assertEquals(1.0, foreign.get("previous").asDouble(), "one in the same days of 2025");
        assertEquals("not-met", foreign.get("assessment").asString());
        assertEquals("met", row(progress.json(), "vessels-in-foreign-waters").get("assessment").asString(),
                "a zero target kept");

        JsonNode audit = admin.get("/api/v1/audit?entity=plan&entityId=" + PLAN).json().get("entries");
        List<String> actions = audit.valueStream().map(entry -> entry.get("action").asString() + " by "
                + entry.get("account").asString()).toList();
        assertTrue(actions.containsAll(List.of("create by system:seed", "set-targets by system:seed")), actions.toString());
    }

    @Test
    void aCommanderSeesProgressDrillsIntoAFigureAndDownloadsTheReviewReport() throws IOException, InterruptedException {
        newAccountWithRoles(COMMANDER, "{\"role\":\"commander\",\"unitId\":\"bdbp-khanh-hoa\"}");
        logIn(browser, COMMANDER, COMMANDER + "-password");
        browser.js("location.hash = '#/reports'");
        browser.waitFor("the plan's progress", WAIT, () -> !browser.findAll(progressRow("departures-recorded")).isEmpty());
        assertEquals("Kế hoạch công tác Biên phòng năm 2026", browser.find("#reports-plan-title").getText());
        List<String> departures = cells(progressRow("departures-recorded"));
        assertEquals("20.000", departures.get(3), "the target in Vietnamese numbers: " + departures);
        List<String> foreign = cells(progressRow("foreign-vessels-detected"));
        assertEquals(List.of("120", "2", "1,7 %", "1", "+1 (+100,0 %)", "Chưa đạt"), foreign.subList(3, 9), foreign.toString());
        assertEquals("Đạt", cells(progressRow("vessels-in-foreign-waters")).get(8), "a zero target kept");
        browser.screenshot("reports-01-progress");

        browser.find(progressRow("foreign-vessels-detected")).click();
        browser.waitFor("the records counted", WAIT, () -> browser.find("#reports-drill").isDisplayed()
                && browser.findAll("#reports-drill-records tbody tr").size() == 3);
        assertTrue(browser.find("#reports-drill-summary").getText().startsWith("2 phương tiện từ 3 bản ghi"),
                browser.find("#reports-drill-summary").getText());
        List<String> firstRecord = browser.findAll("#reports-drill-records tbody tr").getFirst().findElements(
                org.openqa.selenium.By.cssSelector("td")).stream().map(WebElement::getText).toList();
        assertEquals("02/03/2026 08:00", firstRecord.get(0), "the oldest record, in Vietnam time: " + firstRecord);
        browser.js("document.querySelector('#reports-drill').scrollIntoView()");
        browser.screenshot("reports-02-drill-down");

        browser.findAll(".lang-switch").stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.waitFor("the figures in English", WAIT, () -> "20,000".equals(cells(progressRow("departures-recorded")).get(3)));
        assertEquals("Not met", cells(progressRow("foreign-vessels-detected")).get(8));
        assertTrue(browser.find("#reports-drill-summary").getText().startsWith("2 vessels from 3 records"),
                browser.find("#reports-drill-summary").getText());
        browser.js("window.scrollTo(0, 0); document.querySelector('#reports-plan').scrollIntoView()");
        browser.screenshot("reports-03-english");
        browser.findAll(".lang-switch").stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.waitFor("Vietnamese again", WAIT, () -> "20.000".equals(cells(progressRow("departures-recorded")).get(3)));

        String href = browser.find("#reports-review-docx").getDomAttribute("href");
        assertEquals("/api/v1/reports/review?planId=" + PLAN + "&format=docx", href);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(href)));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertTrue(text.getText().contains("Tàu nước ngoài bị phát hiện xâm phạm vùng biển"), "the indicator's row");
            assertTrue(text.getText().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the head block");
        }
        byte[] pdf = download(browser.find("#reports-review-pdf").getDomAttribute("href"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        renderPages(pdf, "reports-04-review-report");
        assertEquals(List.of(), browser.takeErrors());
    }

    private static String progressRow(String code) {
        return "#reports-progress tbody tr:has([data-indicator='" + code + "'])";
    }

    private List<String> cells(String rowSelector) {
        return browser.find(rowSelector).findElements(org.openqa.selenium.By.cssSelector("td")).stream()
                .map(WebElement::getText).toList();
    }

    /** The file at {@code href}, fetched by the page with the commander's session. */
    private byte[] download(String href) {
        Object base64 = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => { s += String.fromCharCode(x); }); done(btoa(s)); })"
                + ".catch(e => done('failed ' + e));", href);
        assertFalse(base64.toString().startsWith("failed"), href + ": " + base64);
        return Base64.getDecoder().decode(base64.toString());
    }

    private static void renderPages(byte[] pdf, String name) throws IOException, InterruptedException {
        Files.createDirectories(Browser.SCREENSHOTS);
        Path file = Browser.SCREENSHOTS.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", "60", "-png", file.toString(),
                Browser.SCREENSHOTS.resolve(name).toString()).redirectErrorStream(true).start();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertTrue(pdftoppm.waitFor(120, TimeUnit.SECONDS), "pdftoppm took over two minutes");
        assertEquals(0, pdftoppm.exitValue(), output);
    }

    private static JsonNode row(JsonNode progress, String code) {
        return progress.valueStream().filter(row -> code.equals(row.get("indicator").get("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no progress row of " + code + " in " + progress));
    }
}
