package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code coastwatch serve} as a child process, killed with SIGKILL while it ingests, then started again
 * on the same data directory: the account and the source the API acknowledged are there, the live
 * picture is back, and the store answers (consistent).
 */
class ServeKillTest {
    private static final String PASSWORD = "kill-test-admin-password";
    private static final int VESSEL = 574_900_001;

    @Test
    void acknowledgedWritesAndTheLivePictureSurviveSigkill(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("data");
        Path config = directory.resolve("coastwatch.yml");
        Files.writeString(config, "coastwatch:\n  engine:\n    snapshot-interval: 1s\n");
        int httpPort = ChildCoastwatch.freePort();
        int feedPort = ChildCoastwatch.freePort();
        Process server = start(data, config, httpPort, feedPort, directory.resolve("first.log"));
        long ingestedBeforeKill = 0;
        try {
            Api admin = ChildCoastwatch.awaitUp(httpPort, server, directory.resolve("first.log")).basic("admin", PASSWORD);
            assertEquals(201, admin.post("/api/v1/accounts", "application/json",
                    "{\"username\":\"survivor\",\"password\":\"survivor-password\",\"roles\":[{\"role\":\"duty-officer\",\"unitId\":\"*\"}]}").status());
            assertEquals(201, admin.post("/api/v1/sources", "application/json",
                    "{\"id\":\"kept\",\"uri\":\"udp://127.0.0.1:" + ChildCoastwatch.freePort() + "\"}").status());
            Nmea nmea = new Nmea();
            try (Socket feed = new Socket(InetAddress.getLoopbackAddress(), feedPort); OutputStream out = feed.getOutputStream()) {
                long start = System.currentTimeMillis() - 600_000;
                for (int i = 0; i < 200; i++) {
                    out.write((nmea.position(VESSEL, 11.3 + i * 0.0005, 109.4, 8, start + i * 1000L) + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                Await.until("vessel in the live picture", Duration.ofSeconds(30),
                        () -> admin.get("/api/v1/vessels/" + VESSEL).status() == 200);
                Thread.sleep(2500); // a snapshot save (every 1 s here) and a position flush (at least every second)
                ingestedBeforeKill = admin.get("/api/v1/vessels/" + VESSEL + "/track?from=0").json().get("points").size();
                // Keep ingesting while the process dies.
                for (int i = 200; i < 400; i++) {
                    out.write((nmea.position(VESSEL, 11.3 + i * 0.0005, 109.4, 8, start + i * 1000L) + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                server.destroyForcibly(); // SIGKILL, while the second half may still be in flight
                server.waitFor();
            } catch (IOException feedCutByTheKill) {
                // the kill cut the feed: expected, the point of the test
            }
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
        assertEquals(137, server.exitValue(), "killed by SIGKILL");

        Process again = start(data, config, httpPort, feedPort, directory.resolve("second.log"));
        try {
            Api anonymous = ChildCoastwatch.awaitUp(httpPort, again, directory.resolve("second.log"));
            Api survivor = anonymous.basic("survivor", "survivor-password");
            assertEquals(200, survivor.get("/api/v1/vessels").status(), "the account survived");
            Api admin = anonymous.basic("admin", PASSWORD);
            List<String> sources = new ArrayList<>();
            admin.get("/api/v1/sources").json().forEach(s -> sources.add(s.get("id").asString()));
            assertTrue(sources.contains("kept"), "the API source survived: " + sources);
            assertTrue(sources.contains("cli-1"), sources.toString());
            Api.Response vessel = admin.get("/api/v1/vessels/" + VESSEL);
            assertEquals(200, vessel.status(), "the live picture is back");
            JsonNode position = vessel.json().get("position");
            assertTrue(position != null && !position.isNull(), vessel.body());
            int stored = admin.get("/api/v1/vessels/" + VESSEL + "/track?from=0").json().get("points").size();
            assertTrue(stored >= ingestedBeforeKill && stored <= 400,
                    "positions stored " + stored + ", seen before the kill " + ingestedBeforeKill);
        } finally {
            again.destroy();
            again.waitFor();
        }
    }

    private static Process start(Path data, Path config, int httpPort, int feedPort, Path log) throws IOException {
        return ChildCoastwatch.start(List.of("serve", "--port", Integer.toString(httpPort), "--data", data.toString(),
                "--config", config.toString(), "--source", "tcp-listen://127.0.0.1:" + feedPort),
                Map.of("COASTWATCH_ADMIN_PASSWORD", PASSWORD), log);
    }
}
