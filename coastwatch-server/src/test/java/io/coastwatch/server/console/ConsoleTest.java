package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.BrowserTest;
import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.StreamSink;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The web console in a real headless Chromium against the real server, fed with two hours of the
 * simulator's demo traffic (ending now) through a file source: a duty officer's shift, step by step,
 * at 1366×768, with a screenshot of each step under {@code target/console-screenshots/}. The steps
 * share one browser and run in order; the page must report no error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleTest extends BrowserTest {
    private static final Duration SIMULATED = Duration.ofHours(2);
    private static final Map<Object, Integer> SEVERITY_RANK = Map.of("critical", 3, "warning", 2, "info", 1);

    private Instant simulationEnd;

    @BeforeEach
    void traffic() throws IOException {
        if (simulationEnd == null) {
            simulationEnd = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            feedSimulatedTraffic(simulationEnd.minus(SIMULATED));
        }
    }

    /** Runs the demo scenario from {@code start} for two simulated hours, as fast as possible, and replays its NMEA. */
    private void feedSimulatedTraffic(Instant start) throws IOException {
        Scenario demo = new ScenarioLoader().loadDemo();
        Scenario scenario = new Scenario(demo.name(), demo.seed(), start, SIMULATED, demo.speed(), demo.geography(),
                demo.reception(), demo.fleet(), demo.events(), demo.load());
        Path nmea = Files.createTempFile("console-demo", ".nmea");
        try (StreamSink sink = StreamSink.toFile(nmea)) {
            new Simulator(scenario, Area.demo(), true).run(new Simulator.Outputs(sink, null, null, null));
        }
        List<String> lines = Files.readAllLines(nmea, StandardCharsets.US_ASCII);
        Files.delete(nmea);
        replay("console-demo", lines);
    }

    private String text(String cssSelector) {
        return browser.find(cssSelector).getText();
    }

    private long vesselsInPage() {
        return ((Number) browser.js("return window.coastwatch ? window.coastwatch.store.byId.size : 0")).longValue();
    }

    @Test
    @Order(1)
    void logsInInVietnamese() {
        browser.open(anonymous.base() + "/");
        browser.waitFor("the login form", WAIT, () -> browser.find("#login").isDisplayed());
        assertEquals("vi", browser.js("return document.documentElement.lang"));
        assertEquals("Đăng nhập", text("#login-submit"));
        browser.find("#login-username").sendKeys("admin");
        browser.find("#login-password").sendKeys("wrong password");
        browser.find("#login-submit").click();
        browser.waitFor("the refusal", WAIT, () -> text("#login-error").contains("Sai tên đăng nhập"));
        browser.screenshot("01-login-refused");
        List<String> refusal = browser.takeErrors();
        assertTrue(refusal.size() == 1 && refusal.getFirst().contains("/api/v1/session") && refusal.getFirst().contains("401"),
                "the refused login is the page's only error: " + refusal);

        browser.find("#login-password").clear();
        browser.find("#login-password").sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        browser.waitFor("the console", WAIT, () -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        assertTrue(text("#user").startsWith("admin (Quản trị hệ thống)"), text("#user"));
        assertEquals("TRỰC TIẾP", text("#mode"));
    }

    @Test
    @Order(2)
    void showsTheSimulatedVesselsOnTheMap() {
        long served = admin.get("/api/v1/vessels?size=1").json().get("total").asLong();
        assertTrue(served > 50, "the simulation fed " + served + " vessels");
        browser.waitFor("every vessel in the page", WAIT, () -> vesselsInPage() == served);
        browser.waitFor("vessels drawn", WAIT,
                () -> ((Number) browser.js("return window.coastwatch.layer.stats.drawn")).longValue() > 20);
        browser.waitFor("the live feed connected", WAIT, () -> text("#live-state").equals("Đã kết nối"));
        browser.waitFor("the demo zones in the legend", WAIT,
                () -> browser.findAll("#zone-legend input[type=checkbox]").size() >= 5);
        browser.waitFor("the bundled land drawn", WAIT, () -> !browser.findAll(".leaflet-overlay-pane canvas").isEmpty());
        // No contact hidden at a coastal command's density (finding 8); shore stations and aids to
        // navigation drawn apart and not counted as vessels (finding 7).
        assertEquals(0L, ((Number) browser.js("return window.coastwatch.layer.stats.thinned")).longValue(), "no contact hidden");
        long notVessels = ((Number) browser.js("return [...window.coastwatch.store.byId.values()]"
                + ".filter(v => v.kind === 'baseStation' || v.kind === 'aidToNavigation').length")).longValue();
        assertTrue(notVessels > 0, "the demo's AIS shore stations and aids to navigation");
        browser.waitFor("the vessels counted without them", WAIT,
                () -> text("#vessel-count").startsWith((vesselsInPage() - notVessels) + " tàu"));
        // Place names (finding 7): the stations, ports, capes and islands, each kind with its symbol, in Vietnamese.
        browser.js("window.coastwatch.map.setView([11.5, 109.0], 10, {animate: false})");
        browser.waitFor("the place names", WAIT, () -> browser.findAll(".place-station .place-name").stream()
                .map(WebElement::getText).toList().contains("Đồn BP Cà Ná"));
        List<String> kinds = browser.findAll(".leaflet-marker-icon.place").stream()
                .map(place -> place.getDomAttribute("class").replaceAll(".*\\bplace-(\\w+).*", "$1")).distinct().sorted().toList();
        assertTrue(kinds.containsAll(List.of("cape", "island", "port", "station")) && !kinds.contains("anchorage"),
                "the kinds named at zoom 10 (the command gives way where it would overlap): " + kinds);
        assertTrue(browser.findAll(".place-station .place-name").stream().anyMatch(station -> station.getText().equals("Đồn BP Phước Dinh")));
        assertEquals(List.of(), browser.js("const boxes = [...document.querySelectorAll('.leaflet-marker-icon.place')]"
                + ".map(p => [p.textContent, p.getBoundingClientRect()]);"
                + " return boxes.flatMap(([a, r], i) => boxes.slice(i + 1).filter(([, q]) => r.left < q.right && q.left < r.right"
                + " && r.top < q.bottom && q.top < r.bottom).map(([b]) => a + ' / ' + b));"), "place names that overlap");
        browser.js("window.coastwatch.map.setView([11.565, 108.99], 13, {animate: false})");
        browser.waitFor("the provincial command named closer in", WAIT, () -> browser.findAll(".place-command .place-name").stream()
                .anyMatch(command -> command.getText().startsWith("Bộ Chỉ huy BĐBP Ninh Thuận")));
        browser.js("window.coastwatch.map.setView([11.5, 109.0], 10, {animate: false})");
        // Zone labels (finding 7): the legal belts and protected areas named inside them, in Vietnamese.
        @SuppressWarnings("unchecked")
        List<String> zoneLabels = (List<String>) browser.js("return [...document.querySelectorAll('.zone-label')]"
                + ".filter(l => !l.hidden).map(l => l.textContent)");
        assertTrue(zoneLabels.contains("Lãnh hải") && zoneLabels.contains("Khu bảo tồn biển"), "zone labels: " + zoneLabels);
        browser.screenshot("02b-place-names");
        // A laptop's viewport (finding 26): each legend swatch on its label's line, the navigation on one line.
        assertEquals(List.of(), browser.js("return [...document.querySelectorAll('#zone-legend label')]"
                + ".filter(l => l.getBoundingClientRect().height >= 2 * parseFloat(getComputedStyle(l).fontSize)).map(l => l.textContent)"),
                "legend entries taller than one line");
        assertEquals(1L, browser.js("return new Set([...document.querySelectorAll('#nav a')].map(a => Math.round(a.getBoundingClientRect().top))).size"),
                "the navigation on one line");
        assertEquals(List.of(), browser.js("return [...document.querySelectorAll('#nav a')]"
                + ".filter(a => a.getBoundingClientRect().height >= 2 * parseFloat(getComputedStyle(a).fontSize)).map(a => a.textContent)"),
                "navigation entries wrapped");
        browser.screenshot("02-live-map");
    }

    /** Whether the element is in the viewport (at most a laptop's 625 px high) without scrolling the page. */
    private boolean inView(String cssSelector) {
        return (Boolean) browser.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= Math.min(window.innerHeight, 625)", cssSelector);
    }

    @Test
    @Order(3)
    void switchesToEnglishAndBack() {
        assertEquals("Cảnh báo", browser.find("#nav a[data-nav='alerts'] span").getText());
        browser.find(".tools .lang-switch").click();
        browser.waitFor("English labels", WAIT, () -> browser.find("#nav a[data-nav='alerts'] span").getText().equals("Alerts"));
        assertEquals("en", browser.js("return document.documentElement.lang"));
        assertEquals("LIVE", text("#mode"));
        browser.screenshot("03-english");
        browser.find(".tools .lang-switch").click();
        browser.waitFor("Vietnamese labels", WAIT, () -> browser.find("#nav a[data-nav='alerts'] span").getText().equals("Cảnh báo"));
    }

    @Test
    @Order(4)
    void findsAVesselAndShowsItsPanelAndTrack() {
        JsonNode vessel = named(admin.get("/api/v1/vessels?size=1000").json().get("vessels"));
        String mmsi = vessel.get("mmsi").asString();
        WebElement search = browser.find("#search-input");
        search.sendKeys(mmsi, Keys.ENTER);
        browser.waitFor("the vessel panel", WAIT, () -> browser.find("#vessel-title").getText().equals(vessel.get("name").asString()));
        assertEquals(mmsi, text("[data-fact='vessel.mmsi']"));
        // One number convention (finding 30): the decimal comma in Vietnamese, DMS offered.
        assertTrue(text("[data-fact='vessel.positionDm']").matches("\\d{2}°\\d{2},\\d{3}′[NS] \\d{3}°\\d{2},\\d{3}′[EW]"),
                text("[data-fact='vessel.positionDm']"));
        assertTrue(text("[data-fact='vessel.positionDms']").matches("\\d{2}°\\d{2}′\\d{2}″[NS] \\d{3}°\\d{2}′\\d{2}″[EW]"),
                text("[data-fact='vessel.positionDms']"));
        assertTrue(text("[data-fact='vessel.positionDecimal']").matches("\\d{1,2},\\d{5}; \\d{2,3},\\d{5}"),
                text("[data-fact='vessel.positionDecimal']"));
        assertTrue(text("[data-fact='vessel.speed']").endsWith("hải lý/giờ"), text("[data-fact='vessel.speed']"));
        assertTrue(browser.js("return location.hash").toString().startsWith("#/vessels/" + vessel.get("id").asLong()),
                "the vessel's own link");
        browser.find("#track-show").click();
        browser.waitFor("its track", WAIT, () -> text("#track-status").contains("điểm"));
        String csv = browser.find("#export-csv").getDomProperty("href");
        assertTrue(csv.contains("/api/v1/vessels/" + vessel.get("id").asLong() + "/track?") && csv.contains("format=csv"), csv);
        // The track for a mariner (finding 27): speed colours with their legend, time marks with arrows.
        assertTrue(((Number) browser.js("return window.coastwatch.vesselPanel.track.getLayers()"
                + ".filter(layer => String(layer.options.className).startsWith('track-band-')).length")).intValue() > 0,
                "stretches coloured by speed");
        List<String> marks = browser.findAll(".track-mark").stream().map(WebElement::getText).toList();
        assertTrue(!marks.isEmpty() && marks.stream().allMatch(mark -> mark.matches("➤\\s*\\d{2}:\\d{2}")), "time marks: " + marks);
        assertTrue(text("#track-legend").contains("2–6 hl/h"), text("#track-legend"));
        // Bám theo tàu: the map brought back to the vessel.
        browser.js("window.coastwatch.map.setView([12.6, 111.8], 11, {animate: false})");
        browser.find("#vessel-follow").click();
        assertEquals("true", browser.find("#vessel-follow").getDomAttribute("aria-pressed"));
        browser.waitFor("the vessel in view again", WAIT, () -> (Boolean) browser.js("return window.coastwatch.map.getBounds()"
                + ".contains([arguments[0], arguments[1]])", vessel.get("position").get("latitude").asDouble(),
                vessel.get("position").get("longitude").asDouble()));
        browser.find("#vessel-follow").click();
        assertEquals("false", browser.find("#vessel-follow").getDomAttribute("aria-pressed"));
        // The panel's head (finding 26): the track's controls and exports in view, also with the facts scrolled.
        assertTrue(inView("#track-show") && inView("#export-gpx"), "the track controls in view");
        browser.js("const panel = document.querySelector('section.screen[data-screen=vessel]'); panel.scrollTop = panel.scrollHeight;");
        assertTrue(inView("#track-show") && inView("#export-gpx") && inView("#vessel-title"), "the head stays in view");
        browser.screenshot("04-vessel-panel");
        browser.js("document.querySelector('section.screen[data-screen=vessel]').scrollTop = 0;");
    }

    /** The first vessel with a name, an MMSI and a position. */
    private static JsonNode named(JsonNode vessels) {
        for (JsonNode candidate : vessels) {
            if (!candidate.get("name").isNull() && !candidate.get("mmsi").isNull() && !candidate.get("position").isNull()) {
                return candidate;
            }
        }
        throw new AssertionError("no named vessel with a position");
    }

    @Test
    @Order(5)
    void measuresDistanceAndBearingInNauticalMiles() {
        browser.find("#measure-button").click();
        WebElement map = browser.find("#map");
        new Actions(browser.driver()).moveToElement(map, -200, 0).click().moveToElement(map, 100, 0).click().perform();
        String result = text("#measure-result");
        // a line drawn due east, give or take the few pixels the map may have moved between the clicks (live traffic)
        // One decimal, the decimal comma (finding 30); the time to get there at the own speed (finding 31).
        assertTrue(result.matches("\\d+,\\d hải lý · 0(8[5-9]|9[0-5])° · tới nơi sau \\d+ (phút|giờ \\d+ phút) ở 20 hl/h"), result);
        // Range rings round the start, labelled (finding 31).
        assertTrue(((Number) browser.js("return window.coastwatch.measure.layer.getLayers()"
                + ".filter(layer => layer.options.className === 'range-ring').length")).intValue() > 0, "range rings");
        @SuppressWarnings("unchecked")
        List<String> rings = (List<String>) browser.js("return [...document.querySelectorAll('.ring-label')].map(label => label.textContent)");
        assertTrue(!rings.isEmpty() && rings.stream().allMatch(label -> label.matches("\\d+(,5)? hl")), "rings labelled: " + rings);
        WebElement speed = browser.find("#measure-speed");
        speed.clear();
        speed.sendKeys("10");
        browser.waitFor("the time at 10 kn", WAIT, () -> text("#measure-result").endsWith("ở 10 hl/h"));
        browser.screenshot("05-measure");
        // From a vessel, by its name: a click on its symbol.
        String name = (String) browser.js("return window.coastwatch.vesselPanel.vessel.name");
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.js("const c = window.coastwatch;"
                + " const v = c.store.byId.get(c.vesselPanel.vessel.id); const p = c.map.latLngToContainerPoint([v.lat, v.lon]);"
                + " const box = c.map.getContainer().getBoundingClientRect();"
                + " return {x: Math.round(box.left + c.map.getContainer().clientLeft + p.x), y: Math.round(box.top + c.map.getContainer().clientTop + p.y)};");
        int x = at.get("x").intValue();
        int y = at.get("y").intValue();
        new Actions(browser.driver()).moveToLocation(x, y).click().moveToLocation(x + 120, y).click().perform();
        browser.waitFor("measured from the vessel", WAIT, () -> text("#measure-result").startsWith("Từ " + name + " tới điểm chọn · "));
        browser.screenshot("05b-measure-from-vessel");
        speed.clear();
        speed.sendKeys("20");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.find("#measure-button").click();
        assertEquals("", text("#measure-result"));
        // The cursor's position in DMS on request (finding 30), then back to degrees-minutes.
        browser.find("#cursor").click();
        browser.waitFor("the cursor in DMS", WAIT, () -> text("#cursor").equals("Tọa độ: độ-phút-giây"));
        new Actions(browser.driver()).moveToElement(map, 10, 10).perform();
        browser.waitFor("the cursor's position in DMS", WAIT,
                () -> text("#cursor").matches("\\d{2}°\\d{2}′\\d{2}″N \\d{3}°\\d{2}′\\d{2}″E"));
        browser.find("#cursor").click();
        browser.find("#cursor").click();
        browser.waitFor("back to degrees-minutes", WAIT, () -> text("#cursor").equals("Tọa độ: độ-phút"));
    }

    @Test
    @Order(6)
    void receivesALiveCriticalAlertShowsItsEvidenceAndAcknowledgesIt() {
        browser.find("#nav a[data-nav='alerts']").click();
        int intruder = 412_999_001;
        long now = System.currentTimeMillis();
        // A foreign fishing vessel steaming west into the Núi Chúa marine protected area: the server's
        // default rules see a protected-area entry (critical).
        List<String> lines = new ArrayList<>(nmea.staticData(intruder, "TEST INTRUDER", "BXYZ9", 30));
        for (int i = 0; i < 5; i++) { // 0.004° of longitude a minute: 14 kn, a plausible speed
            lines.add(nmea.position(intruder, 11.74, 109.262 - i * 0.004, 14, 270, now - (4 - i) * 60_000L));
        }
        replay("intruder", lines);
        JsonNode alert = Await.until("the protected-area alert", WAIT,
                () -> admin.get("/api/v1/alerts?vessel=" + intruder + "&ruleType=protected-area").json().get("alerts"),
                alerts -> alerts.size() == 1).get(0);
        assertEquals("critical", alert.get("severity").asString());
        String id = alert.get("id").asString();
        // Triage: with the default filter (open alerts), a critical alert heads the list.
        browser.waitFor("the alert in the inbox", WAIT, () -> !browser.findAll("[data-alert-id='" + id + "']").isEmpty());
        browser.waitFor("the list redrawn in triage order", WAIT,
                () -> browser.find("#alert-list .alert-item .sev").getDomAttribute("class").contains("critical"));
        // The duty officer keeps to the critical alerts (the simulated traffic raised many more).
        browser.js("const filter = document.getElementById('alert-severity'); filter.value = 'critical';"
                + " filter.dispatchEvent(new Event('change'));");
        browser.waitFor("the alert in the inbox", WAIT, () -> !browser.findAll("[data-alert-id='" + id + "']").isEmpty());
        browser.waitFor("the critical alert announced by the banner", WAIT, () -> browser.find("#banner").isDisplayed()
                && ((List<?>) browser.js("return window.coastwatch.inbox.alarmed")).stream().anyMatch(a -> id.equals(String.valueOf(a))));
        browser.screenshot("07-critical-alert");
        browser.find("#banner-close").click();

        browser.waitFor("the alert clicked", WAIT, () -> { // live updates redraw the list: retry a stale item
            browser.find("[data-alert-id='" + id + "']").click();
            return true;
        });
        browser.waitFor("the alert's detail", WAIT, () -> browser.find("#alert-detail").isDisplayed());
        browser.waitFor("its evidence track on the map", WAIT,
                () -> ((Number) browser.js("return window.coastwatch.inbox.evidence.getLayers().length")).intValue() > 0);
        assertTrue(text("#alert-detail-title").startsWith("Vào khu bảo tồn — TEST INTRUDER"), text("#alert-detail-title"));
        // The finding in words (finding 6): no internal key, no epoch milliseconds, the zone by its name.
        String facts = text("#alert-detail-facts");
        assertFalse(facts.matches("(?s).*\\b[a-z]+[A-Z]\\w*\\b.*"), "no internal key in: " + facts);
        assertFalse(facts.matches("(?s).*\\d{12,}.*"), "no epoch milliseconds in: " + facts);
        // The finding from the catalogue's template, in Vietnamese with the names put in; the view serves no
        // English summary, and neither the inbox nor the detail shows a raw key, a slug or a template's placeholder.
        assertFalse(alert.has("summary"), "no English summary served");
        assertEquals("TEST INTRUDER trong " + text("[data-fact='alerts.zone']"), text("[data-fact='alerts.finding']"));
        String inbox = text("#alert-list");
        for (String shown : List.of(facts, inbox, text("#alert-detail-title"))) {
            assertFalse(shown.matches("(?s).*\\b[a-z]+\\.[a-z][\\w-]*.*"), "no raw key in: " + shown);
            assertFalse(shown.matches("(?s).*\\b[a-z]+(-[a-z]+)+\\b.*"), "no slug in: " + shown);
            assertFalse(shown.contains("{"), "no placeholder in: " + shown);
        }
        if (!alert.get("zone").isNull()) {
            assertNotEquals(alert.get("zone").get("id").asString(), text("[data-fact='alerts.zone']"), "the zone by its name");
        }
        assertTrue((Boolean) browser.js("const r = document.getElementById('alert-ack').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= Math.min(window.innerHeight, 625)"), // a laptop's real viewport
                "the actions in view without scrolling at " + browser.js("return innerWidth + 'x' + innerHeight"));
        String first = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(Instant.parse(alert.get("firstTime").asString()));
        assertEquals(first + " GMT+7", text("[data-fact='alerts.first']"), "Vietnam time, labelled, whatever the browser's zone");
        browser.find("#alert-comment").sendKeys("Đã liên lạc tàu tuần tra");
        browser.find("#alert-ack").click();
        browser.waitFor("the alert acknowledged", WAIT, () -> browser.find("#alert-detail-facts").getText().contains("Đã tiếp nhận"));
        browser.waitFor("the step in its history", WAIT, () -> browser.find("#alert-history").getText().contains("Đã liên lạc tàu tuần tra"));
        assertTrue(browser.js("return location.hash").toString().startsWith("#/alerts/" + id), "the alert's own link");
        browser.screenshot("08-alert-acknowledged");
        JsonNode stored = admin.get("/api/v1/alerts/" + id).json();
        assertEquals("acknowledged", stored.get("state").asString());
        assertTrue(stored.get("history").toString().contains("Đã liên lạc tàu tuần tra"), stored.toString());
    }

    /**
     * Triage from the keyboard (finding 17): ↓ opens the next alert, the focus survives the list's
     * redraws, t takes the alert in hand.
     */
    @Test
    @Order(7)
    void triagesFromTheKeyboard() {
        browser.js("const s = document.getElementById('alert-severity'); s.value = ''; s.dispatchEvent(new Event('change'));"
                + "const st = document.getElementById('alert-state'); st.value = 'new'; st.dispatchEvent(new Event('change'));");
        browser.waitFor("two new alerts listed", WAIT, () -> browser.findAll("#alert-list [data-alert-id]").size() >= 2
                && browser.findAll("#alert-list .alert-item .when").stream().allMatch(when -> when.getText().contains("Mới")));
        browser.js("document.querySelector('#alert-list [data-alert-id]').focus()");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        String second = (String) browser.js("return document.activeElement.dataset.alertId");
        assertTrue(second != null && !second.isEmpty(), "the focus on the next alert");
        browser.waitFor("the next alert opened", WAIT, () -> browser.js("return location.hash").toString().startsWith("#/alerts/" + second));
        browser.js("window.coastwatch.inbox.renderList()");
        assertEquals(second, browser.js("return document.activeElement.dataset.alertId"), "the focus kept across a redraw");
        browser.waitFor("its detail", WAIT, () -> browser.find("#alert-detail-title").isDisplayed()
                && !browser.find("#alert-ack").getDomProperty("disabled").equals("true"));
        new Actions(browser.driver()).sendKeys("t").perform();
        Await.until("the alert taken in hand from the keyboard", WAIT, () -> admin.get("/api/v1/alerts/" + second).json(),
                alert -> alert.get("state").asString().equals("acknowledged"));
        browser.screenshot("08b-keyboard-triage");
        browser.js("const st = document.getElementById('alert-state'); st.value = 'open'; st.dispatchEvent(new Event('change'));");
    }

    /**
     * The inbox in pages (finding 21): every alert reachable page after page in triage order, the totals
     * the server's, the time filter shown in Vietnam time; filters by vessel (the picker) and by zone;
     * a time typed wrong is named, not dropped silently.
     */
    @Test
    @Order(8)
    void pagesAndFiltersTheInbox() {
        long until = System.currentTimeMillis(); // alerts first detected later (the engine's timers) stay out of the walk
        String filter = "state=&to=" + until;
        List<String> all = ids(admin.get("/api/v1/alerts?limit=1000&" + filter).json());
        List<String> encounters = ids(admin.get("/api/v1/alerts?limit=1000&ruleType=encounter&" + filter).json());
        assertTrue(all.size() > 20, "the demo raised more than a page of alerts: " + all.size());
        browser.js("location.hash = arguments[0]", "#/alerts?size=20&" + filter);
        String shownUntil = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(Instant.ofEpochMilli(until));
        browser.waitFor("the time filter in Vietnam time", WAIT, () -> shownUntil.equals(browser.find("#alert-to").getDomProperty("value")));
        List<String> walked = new ArrayList<>();
        int lastRankBefore = Integer.MAX_VALUE;
        for (int first = 1; first <= all.size(); first += 20) {
            String range = "Cảnh báo " + first + "–" + Math.min(first + 19, all.size()) + " / " + all.size();
            browser.waitFor("the range " + range, WAIT, () -> text("#alerts-status").equals(range));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> page = (List<Map<String, Object>>) browser.js(
                    "return window.coastwatch.inbox.shown.map(a => ({id: String(a.id), severity: a.severity}))");
            assertTrue(SEVERITY_RANK.get(page.getFirst().get("severity")) <= lastRankBefore,
                    "triage order across pages: page from " + first + " starts with " + page.getFirst());
            lastRankBefore = SEVERITY_RANK.get(page.getLast().get("severity"));
            page.forEach(alert -> walked.add((String) alert.get("id")));
            if (first == 21) {
                browser.screenshot("08c-inbox-page-2");
            }
            if (first + 20 <= all.size()) {
                browser.find("#alert-page-next").click();
            } else {
                assertEquals("true", browser.find("#alert-page-next").getDomProperty("disabled"), "no page after the last");
            }
        }
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no alert on two pages: " + walked);
        assertTrue(all.containsAll(walked), "only the filtered alerts");
        Set<String> reached = new HashSet<>(walked);
        reached.addAll(encounters); // one line per encounter: its twin alert is on the line of the first
        assertEquals(new HashSet<>(all), reached, "every alert reachable");

        JsonNode sample = null; // an alert about a named vessel in a zone
        for (JsonNode alert : admin.get("/api/v1/alerts?limit=1000&" + filter).json().get("alerts")) {
            if (sample == null && !alert.get("zone").isNull() && alert.get("vessel").hasNonNull("name")) {
                sample = alert;
            }
        }
        assertTrue(sample != null, "an alert about a named vessel in a zone");
        String vesselId = sample.get("vessel").get("id").asString();
        String vesselName = sample.get("vessel").get("name").asString();
        long ofVessel = admin.get("/api/v1/alerts?limit=1&vessel=" + vesselId + "&" + filter).json().get("total").asLong();
        browser.find("#alert-vessel-filter").sendKeys(vesselName);
        browser.waitFor("the vessel among the choices", WAIT,
                () -> !browser.findAll("#alert-vessel-choices button[data-choice='" + vesselId + "']").isEmpty());
        browser.find("#alert-vessel-choices button[data-choice='" + vesselId + "']").click();
        browser.waitFor("the vessel's alerts only", WAIT, () -> browser.js("return location.hash").toString().contains("vessel=" + vesselId)
                && text("#alerts-status").endsWith(" / " + ofVessel));
        assertTrue((Boolean) browser.js("return window.coastwatch.inbox.shown.every(a => a.vessel.id === arguments[0]"
                + " || (a.otherVessel && a.otherVessel.id) === arguments[0])", vesselId));
        browser.screenshot("08d-inbox-by-vessel");

        String zoneId = sample.get("zone").get("id").asString();
        long inZone = admin.get("/api/v1/alerts?limit=1&zone=" + zoneId + "&" + filter).json().get("total").asLong();
        browser.find("#alert-filters-clear").click();
        browser.js("location.hash = arguments[0]", "#/alerts?size=20&" + filter);
        browser.js("const zone = document.getElementById('alert-zone'); zone.value = arguments[0];"
                + " zone.dispatchEvent(new Event('change'));", zoneId);
        browser.waitFor("the zone's alerts only", WAIT, () -> browser.js("return location.hash").toString().contains("zone=" + zoneId)
                && text("#alerts-status").endsWith(" / " + inZone));
        assertFalse(browser.find("#alert-zone option[value='" + zoneId + "']").getText().equals(zoneId), "the zone by its name");

        browser.find("#alert-from").sendKeys("31/02/2026 10:00", Keys.TAB);
        browser.waitFor("the wrong time named", WAIT, () -> text("#alert-filter-error").contains("31/02/2026 10:00"));
        browser.screenshot("08e-inbox-time-refused");
        browser.find("#alert-filters-clear").click();
        browser.waitFor("the filters cleared", WAIT, () -> text("#alert-filter-error").isEmpty()
                && browser.js("return location.hash").toString().endsWith("?state=open"));
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("alerts").forEach(alert -> ids.add(alert.get("id").asString()));
        return ids;
    }

    @Test
    @Order(9)
    void replaysAPastPeriodWithItsPositions() {
        browser.find("#nav a[data-nav='map']").click();
        browser.find("#map-replay").click();
        browser.waitFor("the replay screen", WAIT, () -> browser.find("#replay-play").isDisplayed());
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh"); // the replay's period is typed in Vietnam time
        LocalDateTime from = LocalDateTime.ofInstant(simulationEnd.minus(Duration.ofMinutes(90)), zone).truncatedTo(ChronoUnit.MINUTES);
        browser.js("document.getElementById('replay-from').value = arguments[0];"
                + "document.getElementById('replay-to').value = arguments[1];"
                + "document.getElementById('replay-speed').value = '1800';",
                from.toString(), from.plusMinutes(60).toString());
        browser.find("#replay-play").click();
        browser.waitFor("replay mode", WAIT, () -> text("#mode").equals("PHÁT LẠI"));
        browser.waitFor("replayed vessels", WAIT, () -> vesselsInPage() > 20);
        browser.screenshot("09-replay");
        browser.waitFor("the end of the period", Duration.ofSeconds(60), () -> text("#replay-status").startsWith("Kết thúc phát lại"));
        long replayed = vesselsInPage();
        long live = admin.get("/api/v1/vessels?size=1").json().get("total").asLong();
        assertTrue(replayed > 20 && replayed <= live, replayed + " replayed of " + live);
        browser.find("#replay-stop").click();
        browser.waitFor("back to live", WAIT, () -> text("#mode").equals("TRỰC TIẾP") && vesselsInPage() == live);
    }

    @Test
    @Order(10)
    void fillsALargeOperationsRoomScreen() {
        browser.driver().manage().window().setSize(new Dimension(2560, 1440));
        browser.waitFor("the map grown with the window", WAIT, () -> browser.find("#map").getSize().getWidth() > 1900);
        browser.waitFor("vessels redrawn on the larger map", WAIT,
                () -> ((Number) browser.js("return window.coastwatch.layer.stats.drawn")).longValue() > 0);
        assertTrue(browser.find("section[data-screen='replay']").isDisplayed(), "the replay screen beside the map");
        browser.screenshot("11-large-screen");
        // Wall mode (finding 19): larger symbols, names at wide zoom, the view on the station areas.
        browser.find("#nav a[data-nav='map']").click();
        browser.find("#wall-button").click();
        browser.waitFor("wall mode", WAIT, () -> ((Number) browser.js("return window.coastwatch.layer.scale")).doubleValue() > 1
                && ((Number) browser.js("return window.coastwatch.map.getZoom()")).intValue() >= 9);
        browser.waitFor("names at wide zoom", WAIT,
                () -> ((Number) browser.js("return window.coastwatch.layer.stats.labels")).intValue() > 0);
        browser.screenshot("11b-wall-mode");
        browser.find("#wall-button").click();
        browser.waitFor("wall mode off", WAIT, () -> ((Number) browser.js("return window.coastwatch.layer.scale")).doubleValue() == 1);
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
    }

    /** A hover card names the vessel under the pointer (finding 25); the print layout has its head (finding 28). */
    @Test
    @Order(11)
    void showsAHoverCardAndPrintsWithAHead() {
        browser.waitFor("vessels drawn", WAIT, () -> ((Number) browser.js("return window.coastwatch.layer.stats.drawn")).longValue() > 0);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.js("const d = window.coastwatch.layer.drawn; const m = document.getElementById('map');"
                + " for (let i = 0; i < d.count; i++) { if (d.counts[i] === 1 && d.xs[i] > 40 && d.ys[i] > 60 && d.xs[i] < m.clientWidth - 40"
                + " && d.ys[i] < m.clientHeight - 40) return [d.xs[i], d.ys[i], d.ids[i]]; } return null;");
        WebElement map = browser.find("#map");
        new Actions(browser.driver()).moveToElement(map, point.get(0).intValue() - map.getSize().getWidth() / 2,
                point.get(1).intValue() - map.getSize().getHeight() / 2).perform();
        String name = (String) browser.js("const v = window.coastwatch.store.byId.get(arguments[0]).view;"
                + " return v.name || v.registrationNumber || String(v.mmsi || v.id);", point.get(2));
        browser.waitFor("the hover card of " + name, WAIT, () -> !browser.findAll(".hover-card").isEmpty()
                && browser.find(".hover-card").getText().startsWith(name));
        browser.screenshot("12-hover-card");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            browser.waitFor("the print head", WAIT, () -> browser.find("#print-head").isDisplayed()
                    && browser.find("#print-marking").getText().equals("MẬT")
                    && browser.find("#print-time").getText().matches("Giờ dữ liệu \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} GMT\\+7 · Tài khoản: admin"));
            assertFalse(browser.find("#nav").isDisplayed(), "no controls on paper");
            browser.screenshot("13-print-layout");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    @Order(12)
    void reportsNoErrorInThePage() {
        assertEquals(List.of(), browser.takeErrors());
    }

    /** The page and its libraries load without a session; its data does not. */
    @Test
    @Order(13)
    void staticFilesArePublicAndTheDataNeedsASession() {
        assertEquals(401, anonymous.get("/api/v1/console").status());
        assertEquals(401, anonymous.get("/map/land.geojson").status());
        assertEquals(401, anonymous.get("/map/places.geojson").status());
        assertTrue(admin.get("/map/places.geojson").body().contains("Đồn BP Phước Dinh"), "the place names in Vietnamese");
        assertEquals(200, admin.get("/map/land.geojson").status());
        assertEquals(200, anonymous.get("/console/app.js").status());
        assertEquals(200, anonymous.get("/").status());
        assertEquals(200, anonymous.get("/webjars/leaflet/dist/leaflet.js").status());
    }
}
