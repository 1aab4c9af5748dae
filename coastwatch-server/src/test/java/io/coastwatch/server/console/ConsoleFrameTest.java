package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * The console's frame in a real headless Chromium: the navigation through every part of the work (a
 * screenshot of each under {@code target/console-screenshots/}), the honest placeholders of the parts
 * not built yet, deep links opened in a fresh page, a place that does not exist, and the parts a role
 * may not open left out of the navigation; the print head's security marking from the server's setting.
 */
// a deployment's own marking, in place of the default MẬT
@TestPropertySource(properties = "coastwatch.console.print-marking=TỐI MẬT")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleFrameTest extends BrowserTest {
    /** The navigation, in order: each entry's screen id and its Vietnamese name. */
    private static final List<List<String>> NAVIGATION = List.of(List.of("map", "Bản đồ"), List.of("alerts", "Cảnh báo"),
            List.of("cases", "Vụ việc"), List.of("tips", "Tin báo"), List.of("port-control", "Kiểm soát cảng"),
            List.of("patrols", "Tuần tra & Sẵn sàng"), List.of("reports", "Chỉ tiêu & Báo cáo"), List.of("admin", "Quản trị"),
            List.of("accounts", "Tài khoản"), List.of("account", "Tài khoản của tôi"));
    private static final List<String> NOT_BUILT = List.of("cases", "tips", "port-control", "patrols", "reports");
    /** The built screens of layout {@code page}: the whole area, without the live map. */
    private static final List<String> PAGES = List.of("admin", "accounts", "account");

    private List<String> navigation() {
        return browser.findAll("#nav a").stream().map(link -> link.getDomAttribute("data-nav")).toList();
    }

    private WebElement shownScreen() {
        List<WebElement> shown = browser.findAll("section.screen").stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size(), "one screen shown at a time");
        return shown.getFirst();
    }

    @Test
    @Order(1)
    void walksEveryPartOfTheWork() {
        // a feed that never brings data, for the data-health strip (finding 24)
        Api.Response silent = admin.post("/api/v1/sources", "application/json",
                "{\"id\":\"silent-feed\",\"uri\":\"tcp-listen://127.0.0.1:" + freeTcpPort() + "\"}");
        assertEquals(201, silent.status(), silent.body());
        logIn();
        browser.waitFor("the silent feed named in the data-health strip", WAIT,
                () -> browser.find("#health").getText().contains("Chưa nhận được dữ liệu nào từ nguồn silent-feed")
                        && "bad".equals(browser.find("#health").getDomAttribute("data-level")));
        browser.screenshot("frame-00-data-health");
        admin.delete("/api/v1/sources/silent-feed");
        assertEquals(NAVIGATION.stream().map(List::getFirst).toList(), navigation(), "the administrator is offered every part");
        assertEquals("map", browser.find("body").getDomAttribute("data-screen"), "the map first");
        browser.waitFor("the print head's marking, the setting's", WAIT,
                () -> "TỐI MẬT".equals(browser.js("return document.getElementById('print-marking').textContent")));
        for (int i = 0; i < NAVIGATION.size(); i++) {
            String id = NAVIGATION.get(i).get(0);
            WebElement link = browser.find("#nav a[data-nav='" + id + "']");
            assertEquals(NAVIGATION.get(i).get(1), link.getText().strip());
            link.click();
            browser.waitFor("the screen " + id, WAIT, () -> id.equals(browser.find("body").getDomAttribute("data-screen")));
            WebElement screen = shownScreen();
            assertEquals(id, screen.getDomAttribute("data-screen"));
            assertEquals("page", link.getDomAttribute("aria-current"));
            assertTrue(browser.js("return location.hash").toString().startsWith("#/" + id), "the URL names the screen");
            boolean placeholder = NOT_BUILT.contains(id);
            assertEquals(placeholder, !browser.findAll("[data-placeholder='" + id + "']").isEmpty());
            assertEquals(!placeholder && !PAGES.contains(id), browser.find("#map").isDisplayed(),
                    "the live map beside the built map screens only");
            if (placeholder) {
                assertTrue(screen.getText().startsWith(NAVIGATION.get(i).get(1)) && screen.getText().contains("Chưa có"),
                        screen.getText());
            }
            browser.screenshot(String.format("frame-%02d-%s", i + 1, id));
        }
    }

    /** The legal kinds drawn at load (the review's finding 1), listed in legal order; a toggle is remembered. */
    @Test
    @Order(2)
    void drawsTheLegalZonesFromTheFirstLoadAndRemembersAToggle() {
        browser.find("#nav a[data-nav='map']").click();
        List<String> kinds = zoneToggles();
        assertTrue(kinds.size() >= 5, "the demo zones' kinds: " + kinds);
        List<String> legalOrder = List.of("internal_waters", "territorial_sea", "national_limit", "fishing_coastal", "mpa", "port", "aor");
        List<String> present = legalOrder.stream().filter(kinds::contains).toList();
        assertTrue(present.size() >= 4, "legal kinds in the demo: " + kinds);
        assertEquals(present, kinds.stream().filter(legalOrder::contains).toList(), "the legend in legal order");
        for (String kind : present) {
            assertTrue(browser.find("#zone-toggle-" + kind).isSelected(), kind + " drawn from the first load");
        }
        browser.screenshot("frame-09-zones-at-load");
        String toggled = present.get(1);
        browser.find("#zone-toggle-" + toggled).click();
        browser.driver().navigate().refresh();
        browser.waitFor("the console again", WAIT, () -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        assertFalse(browser.find("#zone-toggle-" + toggled).isSelected(), "the officer's toggle remembered");
        assertTrue(browser.find("#zone-toggle-" + present.get(0)).isSelected(), "the others still drawn");
        browser.find("#zone-toggle-" + toggled).click();
    }

    private List<String> zoneToggles() {
        browser.waitFor("the zone legend", WAIT, () -> !browser.findAll("#zone-legend input[type=checkbox]").isEmpty());
        return browser.findAll("#zone-legend input[type=checkbox]").stream()
                .map(box -> box.getDomAttribute("id").substring("zone-toggle-".length())).toList();
    }

    /**
     * Deep links opened in a fresh page; the vessel found by a search typed with diacritics and without
     * separators (finding 14); its panel in words, live, with its age and the registry's block
     * (findings 9 and 10).
     */
    @Test
    @Order(3)
    void opensADeepLinkInAFreshPage() {
        int mmsi = 574_001_234;
        List<String> lines = new java.util.ArrayList<>(nmea.staticData(mmsi, "BINH DINH 08", "XVAB8", 30));
        lines.add(nmea.position(mmsi, 13.6, 109.4, 8, 90, System.currentTimeMillis()));
        replay("frame-vessel", lines);
        long vessel = mmsi; // an AIS vessel's id is its MMSI
        Await.until("the vessel in the picture", WAIT,
                () -> admin.get("/api/v1/vessels/" + vessel).status() == 200);
        Api.Response registered = admin.post("/api/v1/registry/vessels/import", "text/csv",
                "registrationNumber,name,owner,lengthMetres,gear,licenceValidUntil,mmsi,vmsDeviceId,homePort\n"
                        + "BD-90008-TS,BINH DINH 08,Nguyễn Văn An,15.5,GILLNET,2020-06-30," + mmsi + ",,PORT-CANA\n");
        assertEquals(200, registered.status(), registered.body());
        browser.open(anonymous.base() + "/#/alerts?severity=critical&state=resolved");
        browser.waitFor("the console", WAIT, () -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        assertEquals("alerts", browser.find("body").getDomAttribute("data-screen"));
        assertEquals("critical", browser.find("#alert-severity").getDomProperty("value"), "the filters from the link");
        assertEquals("resolved", browser.find("#alert-state").getDomProperty("value"));
        browser.screenshot("frame-10-deep-link-alerts");

        for (String typed : List.of("binhdinh08", "Bình Định 08")) {
            browser.find("#search-input").clear();
            browser.find("#search-input").sendKeys(typed);
            browser.waitFor("the vessel suggested for “" + typed + "”", WAIT, () -> browser.find("#search-results").isDisplayed()
                    && browser.find("#search-results").getText().contains("BINH DINH 08"));
            browser.screenshot("frame-11-search-" + (typed.contains(" ") ? "diacritics" : "no-separators"));
        }
        browser.find("#search-input").sendKeys(Keys.ENTER);
        browser.waitFor("the vessel opened from the search", WAIT,
                () -> browser.find("#vessel-detail").isDisplayed() && "BINH DINH 08".equals(browser.find("#vessel-title").getText()));

        browser.open(anonymous.base() + "/#/vessels/" + vessel);
        browser.waitFor("the vessel's panel", WAIT, () -> browser.find("#vessel-detail").isDisplayed());
        assertEquals("BINH DINH 08", browser.find("#vessel-title").getText());
        assertEquals("Việt Nam", fact("vessel.flag"), "a country's name, not its code");
        assertEquals("30 – Tàu đánh cá", fact("vessel.shipType"));
        assertEquals("AIS lớp A", fact("vessel.source"));
        assertTrue(fact("vessel.age").matches("\\d+ (giây|phút|giờ|ngày) trước"), fact("vessel.age"));
        browser.waitFor("the registry's block", WAIT, () -> !browser.findAll("[data-fact='vessel.owner']").isEmpty());
        assertEquals("Nguyễn Văn An", fact("vessel.owner"));
        assertEquals("Lưới rê", fact("vessel.gear"));
        assertEquals("30/06/2020 (đã hết hạn)", fact("vessel.licence"), "a lapsed licence said so");
        String before = fact("vessel.positionDm");
        replay("frame-vessel-moves", List.of(nmea.position(mmsi, 13.6, 109.4005, 8, 90, System.currentTimeMillis()))); // 55 m east
        browser.waitFor("the panel following the vessel", WAIT, () -> !fact("vessel.positionDm").equals(before));
        browser.screenshot("frame-12-deep-link-vessel");
        browser.open(anonymous.base() + "/#/patrols");
        browser.waitFor("the patrols placeholder", WAIT, () -> "patrols".equals(browser.find("body").getDomAttribute("data-screen")));
    }

    private String fact(String key) {
        return browser.find("[data-fact='" + key + "']").getText();
    }

    @Test
    @Order(4)
    void saysWhenAPlaceDoesNotExist() {
        browser.js("location.hash = '#/no-such-place'");
        browser.waitFor("the notice", WAIT, () -> browser.find("#frame-notice").isDisplayed());
        assertEquals("Không có trang “no-such-place”.", browser.find("#frame-notice").getText());
        assertEquals("map", browser.find("body").getDomAttribute("data-screen"));
        browser.screenshot("frame-13-unknown-place");
        browser.find("#nav a[data-nav='alerts']").click();
        browser.waitFor("the notice gone", WAIT, () -> !browser.find("#frame-notice").isDisplayed());
    }

    @Test
    @Order(5)
    void leavesOutThePartsARoleMayNotOpen() {
        newAccount("watch-viewer", "viewer");
        browser.find("#logout").click();
        browser.waitFor("the login form", WAIT, () -> browser.find("#login").isDisplayed());
        browser.find("#login-username").sendKeys("watch-viewer");
        browser.find("#login-password").sendKeys("watch-viewer-password", Keys.ENTER);
        browser.waitFor("the console", WAIT, () -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        List<String> offered = navigation();
        assertFalse(offered.contains("admin"), "a viewer is not offered administration: " + offered);
        assertTrue(offered.containsAll(List.of("map", "alerts")), offered.toString());
        assertTrue(browser.find("#user").getText().contains("Chỉ xem"), browser.find("#user").getText());
        browser.js("location.hash = '#/admin'");
        browser.waitFor("the refusal", WAIT, () -> browser.find("#frame-notice").isDisplayed());
        assertEquals("Vai trò của bạn không được mở “admin”.", browser.find("#frame-notice").getText());
        browser.screenshot("frame-14-viewer");
    }

    @Test
    @Order(6)
    void reportsNoErrorInThePage() {
        assertEquals(List.of(), browser.takeErrors());
    }

    /**
     * The server's Content-Security-Policy holds in the browser and a violation counts as a page error,
     * so that every console test's "no error in the page" also says the console kept to the policy.
     */
    @Test
    @Order(7)
    void countsAContentSecurityPolicyViolationAsAPageError() {
        browser.js("const script = document.createElement('script'); script.textContent = 'window.__inline = true';"
                + " document.head.appendChild(script);");
        List<String> errors = new java.util.ArrayList<>();
        browser.waitFor("the violation reported", WAIT, () -> {
            errors.addAll(browser.takeErrors());
            return errors.stream().anyMatch(error -> error.contains("content security policy: script-src"));
        });
        assertEquals(null, browser.js("return window.__inline === undefined ? null : window.__inline"), "the inline script refused");
    }
}
