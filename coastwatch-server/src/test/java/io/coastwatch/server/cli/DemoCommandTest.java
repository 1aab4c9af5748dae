package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ChildCoastwatch;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coastwatch demo} as a user runs it: a child process on a fresh data folder. It prints the
 * console's address and logins that work (the administrator's and the demo officers'), shows simulated
 * traffic within 10 seconds of serving, and stops cleanly on SIGTERM (as on Ctrl-C).
 */
class DemoCommandTest {

    @Test
    void startsServesTrafficAndStopsCleanly(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("demo-data");
        Path log = directory.resolve("demo.log");
        int port = ChildCoastwatch.freePort();
        Process demo = ChildCoastwatch.start(List.of("demo", "--port", Integer.toString(port), "--data", data.toString()),
                Map.of("COASTWATCH_ADMIN_PASSWORD", ""), log);
        try {
            Api anonymous = ChildCoastwatch.awaitUp(port, demo, log);
            Await.until("the login printed", Duration.ofSeconds(30), () -> {
                String printed = ChildCoastwatch.read(log);
                return printed.contains("console / bảng điều khiển: http://localhost:" + port + "/")
                        && printed.contains("admin / ");
            });
            String password = Files.readString(data.resolve(Demo.PASSWORD_FILE)).strip();
            assertTrue(ChildCoastwatch.read(log).contains("admin / " + password), ChildCoastwatch.read(log));
            Api admin = anonymous.basic("admin", password);
            for (String line : Files.readAllLines(data.resolve(DemoAccounts.FILE))) {
                String[] officer = line.split(" ", 2);
                Await.until("the login of " + officer[0] + " printed", Duration.ofSeconds(30),
                        () -> ChildCoastwatch.read(log).contains(officer[0] + " / " + officer[1]));
                Api.Response session = anonymous.basic(officer[0], officer[1]).get("/api/v1/session");
                assertEquals(200, session.status(), officer[0] + ": " + session.body());
            }
            assertEquals(DemoAccounts.OFFICERS.size(), Files.readAllLines(data.resolve(DemoAccounts.FILE)).size());
            Await.until("vessels within 10 s", Duration.ofSeconds(10),
                    () -> admin.get("/api/v1/vessels?size=1").json().get("total").asInt() > 10);
            Api.Response sources = admin.get("/api/v1/sources");
            assertTrue(sources.body().contains("\"state\":\"CONNECTED\""), sources.body());
            Await.until("VMS reports posted by the simulator", Duration.ofSeconds(30),
                    () -> admin.get("/api/v1/vessels?q=NT-&size=1").json().get("total").asInt() > 0);
        } finally {
            demo.destroy();
        }
        assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo stops within 30 s of SIGTERM");
        assertEquals(143, demo.exitValue(), "exit status of a SIGTERM'd JVM: " + ChildCoastwatch.read(log));
        String output = ChildCoastwatch.read(log);
        assertFalse(output.contains("Exception"), output);
        assertFalse(isListening(port), "the HTTP port is released");
    }

    private static boolean isListening(int port) throws Exception {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }
}
