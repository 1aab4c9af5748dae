package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a source lets in: the peers it takes data from, connections per peer, silent connections,
 * messages stamped in the future, the files an administrator may replay; and who sees its errors.
 * Loopback peers are told apart by their address ({@code 127.0.0.2}, {@code 127.0.0.3} …).
 */
class ListenerLimitsTest extends SourceServerTest {

    @Test
    void aTcpListenerTakesOnlyItsAllowedPeers() throws IOException {
        int port = freeTcpPort();
        addSource("allow-list", "tcp-listen://127.0.0.1:" + port + "?allowed-peers=127.0.0.2/32");
        awaitListening("allow-list");
        try (Socket stranger = connect("127.0.0.1", port)) {
            send(stranger, nmea.position(574_700_001, 11.2, 109.3));
            assertClosedByTheServer(stranger);
        }
        try (Socket allowed = connect("127.0.0.2", port)) {
            send(allowed, nmea.position(574_700_002, 11.2, 109.3));
            awaitVessel(574_700_002);
        }
        JsonNode stats = source("allow-list");
        assertEquals(1, stats.get("refusedByReason").get("peer-not-allowed").asLong(), stats.toString());
        assertEquals(1, stats.get("connections").asLong(), "the refused connection is not counted as one");
        assertTrue(stats.get("lastRefusal").asString().contains("127.0.0.1"), stats.toString());
        assertNull(vessel(574_700_001), "nothing of the stranger's reached the picture");
        admin.delete("/api/v1/sources/allow-list");
    }

    @Test
    void aUdpListenerDropsDatagramsOfOtherPeers() throws Exception {
        int port = freeUdpPort();
        addSource("udp-allow-list", "udp://127.0.0.1:" + port + "?allowed-peers=127.0.0.2");
        awaitListening("udp-allow-list");
        byte[] stranger = (nmea.position(574_700_011, 11.2, 109.3) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] allowed = (nmea.position(574_700_012, 11.2, 109.3) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket fromStranger = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
                DatagramSocket fromAllowed = new DatagramSocket(new InetSocketAddress("127.0.0.2", 0))) {
            InetSocketAddress to = new InetSocketAddress("127.0.0.1", port);
            Await.until("the allowed peer's vessel", WAIT, () -> {
                try {
                    fromStranger.send(new DatagramPacket(stranger, stranger.length, to));
                    fromAllowed.send(new DatagramPacket(allowed, allowed.length, to));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return vessel(574_700_012) != null;
            });
        }
        JsonNode stats = Await.until("the stranger's datagrams counted", WAIT, () -> source("udp-allow-list"),
                s -> s.get("refusedByReason").get("peer-not-allowed").asLong() > 0);
        assertNull(vessel(574_700_011), "nothing of the stranger's reached the picture: " + stats);
        admin.delete("/api/v1/sources/udp-allow-list");
    }

    @Test
    void idleSocketsOfOnePeerCannotLockTheReceiversOut() throws IOException {
        int port = freeTcpPort();
        addSource("per-peer", "tcp-listen://127.0.0.1:" + port + "?max-connections-per-peer=2&allowed-peers=127.0.0.0/8");
        awaitListening("per-peer");
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                idle.add(connect("127.0.0.3", port));
            }
            Await.until("both idle sockets taken", WAIT, () -> source("per-peer").get("connections").asLong() == 2);
            try (Socket third = connect("127.0.0.3", port)) {
                assertClosedByTheServer(third);
            }
            try (Socket receiver = connect("127.0.0.1", port)) {
                send(receiver, nmea.position(574_700_021, 11.4, 109.4));
                awaitVessel(574_700_021);
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        JsonNode stats = source("per-peer");
        assertEquals(1, stats.get("refusedByReason").get("peer-full").asLong(), stats.toString());
        assertEquals(3, stats.get("connections").asLong(), "two idle sockets and the receiver");
        admin.delete("/api/v1/sources/per-peer");
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws IOException {
        int port = freeTcpPort();
        addSource("idle", "tcp-listen://127.0.0.1:" + port + "?idle-timeout=1s");
        awaitListening("idle");
        try (Socket silent = connect("127.0.0.1", port)) {
            long start = System.nanoTime();
            assertClosedByTheServer(silent);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 900, "closed after the time-out, not at once: " + waitedMillis + " ms");
        }
        admin.delete("/api/v1/sources/idle");
    }

    @Test
    void aMessageStampedFarAheadIsRefusedAndCounted() throws IOException {
        int port = freeTcpPort();
        addSource("ahead", "tcp-listen://127.0.0.1:" + port);
        awaitListening("ahead");
        long now = System.currentTimeMillis();
        try (Socket receiver = connect("127.0.0.1", port)) {
            send(receiver, nmea.position(574_700_031, 11.5, 109.5, 6, now + Duration.ofDays(30).toMillis()));
            send(receiver, nmea.position(574_700_032, 11.5, 109.5, 6, now + Duration.ofMinutes(1).toMillis()));
            awaitVessel(574_700_032);
        }
        JsonNode stats = source("ahead");
        assertEquals(1, stats.get("refusedByReason").get("in-the-future").asLong(), stats.toString());
        assertNull(vessel(574_700_031), "the report of 30 days ahead did not reach the picture");
        String metrics = admin.get("/actuator/prometheus").body();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("coastwatch_source_refused_total{")
                && line.contains("reason=\"in-the-future\"") && line.contains("source=\"ahead\"") && line.endsWith(" 1.0")),
                "counted in the metrics");
        admin.delete("/api/v1/sources/ahead");
    }

    @Test
    void aLineOverOneMebibyteIsDiscardedWholeAndCountedOnce() throws IOException {
        int port = freeTcpPort();
        addSource("long-line", "tcp-listen://127.0.0.1:" + port);
        awaitListening("long-line");
        // The tail of the long line is a whole sentence: read as a line of its own, it would make a vessel.
        String tail = nmea.position(574_700_051, 11.7, 109.7);
        try (Socket receiver = connect("127.0.0.1", port)) {
            send(receiver, "x".repeat(3 << 19) + tail);
            send(receiver, nmea.position(574_700_052, 11.7, 109.7));
            awaitVessel(574_700_052);
        }
        JsonNode stats = source("long-line");
        assertEquals(2, stats.get("lines").asLong(), "the long line and the good one: " + stats);
        assertEquals(1, stats.get("rejectedByReason").get("oversized_line").asLong(), stats.toString());
        assertEquals(1, stats.get("rejected").asLong(), "counted once: " + stats);
        assertEquals(1, stats.get("messages").asLong(), stats.toString());
        assertNull(vessel(574_700_051), "the long line's tail was not decoded as a line");
        admin.delete("/api/v1/sources/long-line");
    }

    @Test
    void theApiReplaysOnlyFilesInTheReplayFolders() throws IOException {
        Path outside = Files.createTempFile("outside-replay-folders", ".nmea");
        Path link = replayFolder().resolve("link-to-outside.nmea");
        try {
            Files.writeString(outside, nmea.position(574_700_041, 11.6, 109.6) + "\n");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, outside);
            for (String uri : List.of(outside.toUri().toString(), link.toUri().toString(), "file:///etc/passwd",
                    replayFolder().resolve("../" + outside.getFileName()).toUri().toString())) {
                Api.Response refused = admin.post("/api/v1/sources", "application/json",
                        "{\"id\":\"outside\",\"uri\":\"" + uri + "\"}");
                assertEquals(400, refused.status(), uri + ": " + refused.body());
                assertTrue(refused.json().get("detail").asString().contains("replay folder"), refused.body());
            }
            assertEquals(404, admin.get("/api/v1/sources/outside").status());
            assertNull(vessel(574_700_041));
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aSourcesErrorIsShownToAdministratorsOnly() {
        int closedPort = freeTcpPort();
        addSource("unreachable", "tcp://127.0.0.1:" + closedPort);
        JsonNode forAdmin = Await.until("a connection error", WAIT, () -> source("unreachable"),
                s -> !s.get("lastError").isNull());
        assertTrue(forAdmin.get("lastError").asString().contains("refused"), forAdmin.toString());
        Api viewer = newAccount("sources-viewer", "VIEWER");
        JsonNode forViewer = viewer.get("/api/v1/sources/unreachable").json();
        assertEquals(forAdmin.get("state").asString(), forViewer.get("state").asString());
        assertTrue(forViewer.get("lastError").isNull(), forViewer.toString());
        JsonNode listed = viewer.get("/api/v1/sources").json();
        boolean found = false;
        for (JsonNode source : listed) {
            assertTrue(source.get("lastError").isNull() && source.get("lastRefusal").isNull(), source.toString());
            found |= "unreachable".equals(source.get("id").asString());
        }
        assertTrue(found, listed.toString());
        admin.delete("/api/v1/sources/unreachable");
    }

    /** A connection to the listener from the loopback address {@code from}. */
    private static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    private static void send(Socket socket, String line) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The server closes the connection (within 10 s): it reads nothing more from it. */
    private static void assertClosedByTheServer(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        try {
            assertEquals(-1, in.read(), "the server sends nothing");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open", e);
        } catch (SocketException reset) {
            // closed with data unread: a reset, also a close
        }
    }
}
