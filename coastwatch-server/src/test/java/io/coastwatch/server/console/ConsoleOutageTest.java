package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.Browser;
import io.coastwatch.server.support.ChildCoastwatch;
import io.coastwatch.server.support.Nmea;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/**
 * The console when the server cannot be reached, against {@code coastwatch serve} as a child process
 * (so that it can be frozen with SIGSTOP and thawed with SIGCONT, as the review did): a frozen server
 * is shown offline — red banner, greyed map, alert actions held — within 15 s although its socket stays
 * open, and the console resynchronises when it is back; an alert raised while the live channel was down
 * is in the inbox after it reconnects. Screenshots under {@code target/console-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOutageTest {
    private static final String PASSWORD = "outage-test-admin-password";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration OFFLINE_WITHIN = Duration.ofSeconds(15);

    private Path directory;
    private Process server;
    private Api admin;
    private String base;
    private Socket feed;
    private OutputStream feedOut;
    private Browser browser;
    private final Nmea nmea = new Nmea();

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        Browser.requireInstalled();
        directory = Files.createTempDirectory("coastwatch-outage-test");
        Path config = directory.resolve("coastwatch.yml");
        Files.writeString(config, "coastwatch:\n  zones:\n    seed: demo\n");
        int httpPort = ChildCoastwatch.freePort();
        int feedPort = ChildCoastwatch.freePort();
        Path log = directory.resolve("server.log");
        server = ChildCoastwatch.start(List.of("serve", "--port", Integer.toString(httpPort), "--data",
                directory.resolve("data").toString(), "--config", config.toString(),
                "--source", "tcp-listen://127.0.0.1:" + feedPort), Map.of("COASTWATCH_ADMIN_PASSWORD", PASSWORD), log);
        Api anonymous = ChildCoastwatch.awaitUp(httpPort, server, log);
        admin = anonymous.basic("admin", PASSWORD);
        base = anonymous.base();
        feed = new Socket(InetAddress.getLoopbackAddress(), feedPort);
        feedOut = feed.getOutputStream();
        browser = new Browser(1366, 768);
    }

    @AfterAll
    void stopServerAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (feed != null) {
            feed.close();
        }
        if (server != null) {
            signal("CONT"); // never leave it frozen
            server.destroy();
            server.waitFor();
        }
    }

    private void send(List<String> lines) throws IOException {
        for (String line : lines) {
            feedOut.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        feedOut.flush();
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(server.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    private String liveState() {
        return String.valueOf(browser.find("#live-state").getDomAttribute("data-state"));
    }

    @Test
    @Order(1)
    void showsTheDataTimeOfTheLiveChannel() throws IOException {
        send(List.of(nmea.position(574_300_001, 11.5, 109.3, 8, System.currentTimeMillis() - 120_000)));
        Await.until("the vessel known", WAIT, () -> admin.get("/api/v1/vessels/574300001").status() == 200);
        browser.open(base + "/");
        browser.waitFor("the login form", WAIT, () -> browser.find("#login").isDisplayed());
        browser.find("#login-username").sendKeys("admin");
        browser.find("#login-password").sendKeys(PASSWORD, Keys.ENTER);
        browser.waitFor("the console", WAIT, () -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        browser.waitFor("the data time from the heartbeat", WAIT, () -> browser.find("#clock").getText().startsWith("Giờ dữ liệu: "));
        String clock = browser.find("#clock").getText();
        assertTrue(clock.matches("Giờ dữ liệu: \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} GMT\\+7 · \\d+ (giây|phút) trước"), clock);
        browser.find("#nav a[data-nav='alerts']").click();
        browser.screenshot("outage-01-live");
    }

    @Test
    @Order(2)
    void anAlertRaisedWhileTheLiveChannelWasDownIsInTheInboxAfterItReconnects() throws IOException {
        browser.js("window.coastwatch.live.stop()");
        browser.waitFor("the live channel down", WAIT, () -> liveState().equals("stopped"));
        int intruder = 412_999_101;
        long now = System.currentTimeMillis();
        // A foreign fishing vessel steaming west into the Núi Chúa marine protected area (critical).
        List<String> lines = new ArrayList<>(nmea.staticData(intruder, "OUTAGE INTRUDER", "BXYZ8", 30));
        for (int i = 0; i < 5; i++) {
            lines.add(nmea.position(intruder, 11.74, 109.262 - i * 0.004, 14, 270, now - (4 - i) * 60_000L));
        }
        send(lines);
        JsonNode alert = Await.until("the protected-area alert", WAIT,
                () -> admin.get("/api/v1/alerts?vessel=" + intruder + "&ruleType=protected-area").json().get("alerts"),
                alerts -> alerts.size() == 1).get(0);
        String id = alert.get("id").asString();
        assertTrue(browser.findAll("[data-alert-id='" + id + "']").isEmpty(), "not pushed while down");
        browser.js("window.coastwatch.live.start()");
        browser.waitFor("the inbox and the vessels reloaded", WAIT, () -> liveState().equals("resynced"));
        browser.waitFor("the alert raised meanwhile in the inbox", WAIT,
                () -> !browser.findAll("[data-alert-id='" + id + "']").isEmpty());
        browser.waitFor("its vessel in the picture", WAIT,
                () -> (Boolean) browser.js("return window.coastwatch.store.byId.has(arguments[0])", intruder));
        browser.screenshot("outage-02-resynced");
    }

    @Test
    @Order(3)
    void aFrozenServerIsShownOfflineWithinFifteenSecondsAndTheConsoleResynchronisesWhenItThaws() throws Exception {
        browser.find("[data-alert-id]").click();
        browser.waitFor("an alert's actions", WAIT, () -> browser.find("#alert-detail").isDisplayed());
        assertEquals("false", String.valueOf(browser.find("#offline-banner").isDisplayed()));
        long frozen = System.nanoTime();
        signal("STOP");
        try {
            browser.waitFor("the offline banner", OFFLINE_WITHIN.plusSeconds(5), () -> browser.find("#offline-banner").isDisplayed());
            Duration shownAfter = Duration.ofNanos(System.nanoTime() - frozen);
            assertTrue(shownAfter.compareTo(OFFLINE_WITHIN) <= 0, "offline shown after " + shownAfter);
            assertTrue(browser.find("#offline-banner").getText().startsWith("MẤT KẾT NỐI VỚI MÁY CHỦ"),
                    browser.find("#offline-banner").getText());
            assertEquals("true", browser.find("body").getDomAttribute("data-offline"), "the map greyed");
            assertTrue(browser.find("#alert-held").isDisplayed(), "the actions say they are held");
            assertTrue(browser.findAll("#alert-detail [data-action]").stream().noneMatch(button -> button.isEnabled()),
                    "no action while offline");
            browser.screenshot("outage-03-frozen-server");
        } finally {
            signal("CONT");
        }
        browser.waitFor("back online", WAIT, () -> !browser.find("#offline-banner").isDisplayed());
        browser.waitFor("resynchronised", WAIT, () -> liveState().equals("resynced"));
        assertEquals("false", browser.find("body").getDomAttribute("data-offline"));
        browser.screenshot("outage-04-thawed");
        assertEquals(List.of(), browser.takeErrors().stream().filter(error -> !error.contains("api/v1/live")).toList(),
                "no page error but the live channel's own");
    }
}
