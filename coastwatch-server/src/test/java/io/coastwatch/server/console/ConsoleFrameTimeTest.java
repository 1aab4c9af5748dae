package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.Browser;
import io.coastwatch.server.support.BrowserTest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * How smooth the console's map stays with {@value #VESSELS} live vessels, each reporting every
 * {@value #ROUND_SECONDS} s over a real TCP source: the page's requestAnimationFrame deltas while the
 * updates stream in over the WebSocket, at zoom 8 with every vessel in view. A measurement, not a
 * timed assertion: the figures are printed and written to
 * {@code target/console-screenshots/frame-times.txt} (BENCHMARKS.md quotes them); the test checks that
 * every vessel arrived and frames were drawn. With {@code -Dconsole.profile=true} the page's JavaScript
 * is sampled over the same window: the profile is written beside the figures
 * ({@code frame-times.cpuprofile}, for DevTools) and its top functions printed.
 */
// 20,000 vessels raise thousands of alerts at once: an alert queue deep enough to keep them all (the
// default drops past 10,000); a server of its own, so this load stays out of the other browser test.
@TestPropertySource(properties = "coastwatch.alerts.queue-capacity=100000")
class ConsoleFrameTimeTest extends BrowserTest {
    static final int VESSELS = 20_000;
    static final int ROUND_SECONDS = 5;
    static final int ROUNDS = 5;
    private static final int[] SHIP_TYPES = {30, 30, 30, 70, 80, 55, 60};
    /** The page's counters: vessel updates, time spent on WebSocket messages and on canvas draws. */
    private static final String COUNTERS = "const c = window.coastwatch; return {updates: c.store.updates,"
            + " handlingMillis: c.live.stats.handlingMillis, draws: c.layer.stats.draws, drawMillis: c.layer.stats.drawMillis,"
            + " lastDrawMillis: c.layer.stats.lastDrawMillis, drawn: c.layer.stats.drawn, thinned: c.layer.stats.thinned}";

    @Test
    void mapStaysSmoothWithTwentyThousandVesselsUpdating() throws Exception {
        long seed = System.nanoTime();
        System.out.println("ConsoleFrameTimeTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        double[] latitudes = new double[VESSELS];
        double[] longitudes = new double[VESSELS];
        int[] courses = new int[VESSELS];
        for (int i = 0; i < VESSELS; i++) {
            latitudes[i] = random.nextDouble(10.0, 12.6);
            longitudes[i] = random.nextDouble(109.5, 111.8);
            courses[i] = random.nextInt(360);
        }
        int port = freeTcpPort();
        Api.Response added = admin.post("/api/v1/sources", "application/json",
                "{\"id\":\"load-20k\",\"uri\":\"tcp-listen://127.0.0.1:" + port + "\"}");
        assertEquals(201, added.status(), added.body());
        // The source drops a connection silent for a few seconds (ServerTest): one connection to load, one to update.
        try (Socket socket = connect(port); Writer out = writer(socket)) {
            for (int i = 0; i < VESSELS; i++) {
                for (String line : nmea.staticData(mmsi(i), "LOAD " + i, "L" + i, SHIP_TYPES[i % SHIP_TYPES.length])) {
                    out.write(line + "\r\n");
                }
            }
            sendRound(out, latitudes, longitudes, courses, 0);
        }
        Await.until("every vessel in the live picture", WAIT,
                () -> admin.get("/api/v1/vessels?size=1&q=LOAD").json().get("total").asInt() == VESSELS);
        try {
            logIn();
            browser.js("window.coastwatch.map.setView([11.3, 110.65], 8, {animate: false})");
            browser.waitFor("every vessel in the page", WAIT,
                    () -> ((Number) browser.js("return window.coastwatch.store.byId.size")).intValue() >= VESSELS);

            Socket socket = connect(port);
            Writer out = writer(socket);
            Thread feeder = Thread.ofPlatform().name("load-20k-feeder").start(() -> {
                try (socket; out) {
                    for (int round = 1; round <= ROUNDS; round++) {
                        long next = System.nanoTime() + Duration.ofSeconds(ROUND_SECONDS).toNanos();
                        sendRound(out, latitudes, longitudes, courses, round);
                        Browser.pause(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            @SuppressWarnings("unchecked")
            Map<String, Number> before = (Map<String, Number>) browser.js(COUNTERS);
            boolean profiling = Boolean.getBoolean("console.profile");
            if (profiling) {
                browser.startProfile();
            }
            browser.js("window.coastwatch.perf.start()");
            feeder.join();
            @SuppressWarnings("unchecked")
            Map<String, Object> frames = (Map<String, Object>) browser.js("return window.coastwatch.perf.stop()");
            @SuppressWarnings("unchecked")
            Map<String, Number> after = (Map<String, Number>) browser.js(COUNTERS);
            if (profiling) {
                System.out.println("ConsoleFrameTimeTest profile, own time of the page's functions:\n  "
                        + String.join("\n  ", browser.stopProfile("frame-times", 25)));
            }
            long updates = after.get("updates").longValue() - before.get("updates").longValue();
            double seconds = ROUNDS * ROUND_SECONDS;
            double messageShare = (after.get("handlingMillis").doubleValue() - before.get("handlingMillis").doubleValue()) / seconds / 10;
            double drawShare = (after.get("drawMillis").doubleValue() - before.get("drawMillis").doubleValue()) / seconds / 10;
            long draws = after.get("draws").longValue() - before.get("draws").longValue();
            browser.screenshot("10-twenty-thousand-vessels");
            String report = String.format(java.util.Locale.ROOT,
                    "console frame times, %d live vessels each updating every %d s, zoom 8, 1366x768 headless Chromium:"
                            + " %s frames over %d s, median %.1f ms, p95 %.1f ms, max %.1f ms; %d vessel updates received"
                            + " (%.0f/s), handling them %.1f %% of the time; %d canvas draws, %.1f %% of the time,"
                            + " the last %.1f ms (%d symbols drawn, %d thinned)%n",
                    VESSELS, ROUND_SECONDS, frames.get("frames"), ROUNDS * ROUND_SECONDS,
                    number(frames.get("medianMillis")), number(frames.get("p95Millis")), number(frames.get("maxMillis")),
                    updates, updates / seconds, messageShare, draws, drawShare, number(after.get("lastDrawMillis")),
                    after.get("drawn").longValue(), after.get("thinned").longValue());
            System.out.print(report);
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.writeString(Browser.SCREENSHOTS.resolve("frame-times.txt"), report);
            assertTrue(((Number) frames.get("frames")).intValue() > 0, report);
            assertTrue(updates > VESSELS, "the vessels' updates reached the page: " + report);
            assertEquals(List.of(), browser.takeErrors());
        } finally {
            admin.delete("/api/v1/sources/load-20k");
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static int mmsi(int index) {
        return (index % 3 == 2 ? 412_000_000 : 574_000_000) + index;
    }

    private static Writer writer(Socket socket) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII), 1 << 16);
    }

    private static Socket connect(int port) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException e) {
                if (attempt == 100) {
                    throw new UncheckedIOException(e);
                }
                Thread.sleep(50);
            }
        }
    }

    /** Every vessel's next position, a little further along its course. */
    private void sendRound(Writer out, double[] latitudes, double[] longitudes, int[] courses, int round) {
        try {
            for (int i = 0; i < VESSELS; i++) {
                double step = 0.0011 * round; // 0.0011° in 5 s: about 10 kn, the speed reported
                double latitude = latitudes[i] + step * Math.cos(Math.toRadians(courses[i]));
                double longitude = longitudes[i] + step * Math.sin(Math.toRadians(courses[i]));
                out.write(nmea.position(mmsi(i), latitude, longitude, 10, courses[i], Long.MIN_VALUE) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
