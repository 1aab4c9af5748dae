package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.Browser;
import io.coastwatch.server.support.BrowserTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Access in a real headless Chromium over the demo organisation and zones: Cà Ná's station officer sees the
 * province's alerts, is refused acting on one in Vĩnh Hải's Núi Chúa and acts on one in Cà Ná's Hòn Cau;
 * the command's duty officer acts on the Núi Chúa one; the station officer changes their password and sees
 * their sessions (Tài khoản của tôi); the administrator sees the accounts with their roles per unit and
 * creates one (Tài khoản). Screenshots under {@code target/console-screenshots/access-*}.
 */
@TestPropertySource(properties = "coastwatch.organisation.seed=demo")
class ConsoleAccessTest extends BrowserTest {
    private static final long T0 = Instant.parse("2026-12-01T06:00:00Z").toEpochMilli();

    @Autowired
    private AlertWorker alerts;

    @Test
    void aStationOfficerActsInTheStationsAreaTheCommandEverywhere() {
        newAccountWithRoles("don-ca-na", "{\"role\":\"station-officer\",\"unitId\":\"dbp-ca-na\"}");
        newAccountWithRoles("truc-ban", "{\"role\":\"duty-officer\",\"unitId\":\"bdbp-khanh-hoa\"}");
        alerts.accept(detection("access-nui-chua", 574_930_001, "MPA-NUICHUA", 11.70, 109.20));
        alerts.accept(detection("access-hon-cau", 574_930_002, "FZ-VB", 11.22, 108.82));
        long nuiChua = awaitAlert("access-nui-chua");
        long honCau = awaitAlert("access-hon-cau");

        try (Browser browser = new Browser(1366, 768)) {
            logIn(browser, "don-ca-na", "don-ca-na-password");
            assertTrue(browser.findAll("[data-nav='accounts']").isEmpty(), "a station officer administers no account");
            browser.js("location.hash = '#/alerts/" + nuiChua + "'");
            browser.waitFor("the Núi Chúa alert", WAIT, () -> browser.find("#alert-detail").isDisplayed()
                    && browser.find("#alert-ack").isEnabled());
            browser.find("#alert-ack").click();
            browser.waitFor("the refusal", WAIT, () -> text(browser, "#alert-action-error").contains("MPA-NUICHUA"));
            browser.screenshot("access-01-station-refused-outside-its-area");
            assertEquals("new", state(nuiChua), "refused: unchanged");

            browser.js("location.hash = '#/alerts/" + honCau + "'");
            browser.waitFor("the Hòn Cau alert", WAIT, () -> browser.find("#alert-ack").isEnabled()
                    && text(browser, "#alert-action-error").isEmpty());
            browser.find("#alert-ack").click();
            Await.until("Cà Ná acknowledged the Hòn Cau alert", WAIT, () -> "acknowledged".equals(state(honCau)));
            browser.screenshot("access-02-station-acts-in-its-area");

            browser.js("location.hash = '#/account'");
            browser.waitFor("my sessions", WAIT, () -> text(browser, "#account-sessions").contains("127.0.0.1"));
            browser.find("#account-password-form input[name='currentPassword']").sendKeys("don-ca-na-password");
            browser.find("#account-password-form input[name='newPassword']").sendKeys("bien-dong-lang-song-2026", Keys.ENTER);
            browser.waitFor("the password changed", WAIT, () -> !text(browser, "#account-password-done").isEmpty());
            browser.screenshot("access-03-my-account");
            assertEquals(200, anonymous.basic("don-ca-na", "bien-dong-lang-song-2026").get("/api/v1/session").status());
        }

        try (Browser browser = new Browser(1366, 768)) {
            logIn(browser, "truc-ban", "truc-ban-password");
            browser.js("location.hash = '#/alerts/" + nuiChua + "'");
            browser.waitFor("the Núi Chúa alert", WAIT, () -> browser.find("#alert-ack").isEnabled());
            browser.find("#alert-ack").click();
            Await.until("the command acknowledged the Núi Chúa alert", WAIT, () -> "acknowledged".equals(state(nuiChua)));
            browser.screenshot("access-04-command-acts-everywhere");
        }

        try (Browser browser = new Browser(1366, 768)) {
            logIn(browser, "admin", ADMIN_PASSWORD);
            browser.js("location.hash = '#/accounts'");
            browser.waitFor("the accounts", WAIT, () -> text(browser, "#accounts-table").contains("don-ca-na"));
            assertTrue(text(browser, "#accounts-table tr[data-account='don-ca-na']").contains("Đồn Biên phòng Cà Ná"),
                    text(browser, "#accounts-table"));
            browser.find("#accounts-create input[name='username']").sendKeys("don-vinh-hai");
            browser.find("#accounts-create input[name='password']").sendKeys("vinh-hai-mat-khau-dai");
            browser.js("document.querySelector(\"#accounts-create select[name='role']\").value = 'station-officer';"
                    + "document.querySelector('#accounts-unit').value = 'dbp-vinh-hai';");
            browser.find("#accounts-create button[type='submit']").click();
            browser.waitFor("the new account", WAIT, () -> text(browser, "#accounts-table").contains("don-vinh-hai"));
            browser.screenshot("access-05-accounts");
            String roles = admin.get("/api/v1/accounts/don-vinh-hai").body();
            assertTrue(roles.contains("\"unitId\":\"dbp-vinh-hai\"") && roles.contains("station-officer"), roles);
            assertEquals(List.of(), browser.takeErrors(), "no error on the page");
        }
    }

    private String state(long alertId) {
        return admin.get("/api/v1/alerts/" + alertId).json().get("state").asString();
    }

    private long awaitAlert(String ruleId) {
        return Await.until("alert of " + ruleId, WAIT, () -> admin.get("/api/v1/alerts?ruleId=" + ruleId).json(),
                page -> page.get("total").asInt() == 1).get("alerts").get(0).get("id").asLong();
    }

    private static String text(Browser browser, String selector) {
        return browser.find(selector).getText();
    }

    private static Detection detection(String ruleId, long vesselId, String zoneId, double latitude, double longitude) {
        return new Detection(Detection.Phase.RAISED, ruleId, RuleType.PROTECTED_AREA, vesselId, 0, zoneId,
                Severity.WARNING, T0, latitude, longitude, "inside for 10 min", Map.of("minutes", Figure.of(10, Unit.MINUTES)), List.of());
    }
}
