package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every kind of source, over real sockets and files, end to end to {@code GET /api/v1/vessels}. */
class SourcesTest extends SourceServerTest {

    @Test
    void tcpClientSourceReadsAFeedAndReconnectsWhenItDisconnects() throws IOException {
        try (ServerSocket feed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            addSource("feed-tcp", "tcp://127.0.0.1:" + feed.getLocalPort());
            try (Socket connection = feed.accept(); Writer out = writer(connection)) {
                out.write(nmea.position(574_000_001, 11.50, 109.20) + "\r\n");
                out.flush();
                awaitVessel(574_000_001);
            }
            // The feed dropped the connection: the source connects again and reads on.
            try (Socket again = feed.accept(); Writer out = writer(again)) {
                out.write(nmea.position(574_000_002, 11.51, 109.21) + "\n");
                out.flush();
                awaitVessel(574_000_002);
                JsonNode stats = source("feed-tcp");
                assertTrue(stats.get("reconnects").asLong() >= 1, stats.toString());
                assertEquals(2, stats.get("messages").asLong(), stats.toString());
                assertEquals("CONNECTED", stats.get("state").asString());
            }
        } finally {
            admin.delete("/api/v1/sources/feed-tcp");
        }
    }

    @Test
    void aRefusedTcpClientSaysWhyAndTriesAgain() {
        addSource("refused", "tcp://127.0.0.1:" + freeTcpPort());   // nothing listens there
        try {
            JsonNode stats = Await.until("a second refusal", WAIT, () -> source("refused"),
                    s -> s.get("reconnects").asLong() >= 1 && s.get("lastError").asString().contains("Connection refused"));
            assertEquals("DISCONNECTED", stats.get("state").asString(), stats.toString());
        } finally {
            admin.delete("/api/v1/sources/refused");
        }
    }

    @Test
    void aFailingTcpClientWaitsLongerAfterEachFailure() throws IOException {
        // A feed that closes each connection at once, without data. The tests' backoff: 100 ms doubling
        // to at most 400 ms (the cap itself: SourceSettingsTest). Each gap between two connections is at
        // least the wait, however slow the machine: the test bounds the gaps from below only.
        int connections = 5;
        long[] acceptedNanos = new long[connections];
        try (ServerSocket feed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            feed.setSoTimeout((int) WAIT.toMillis());
            addSource("failing", "tcp://127.0.0.1:" + feed.getLocalPort());
            for (int i = 0; i < connections; i++) {
                try (Socket connection = feed.accept()) {
                    acceptedNanos[i] = System.nanoTime();
                }
            }
        } finally {
            admin.delete("/api/v1/sources/failing");
        }
        long[] leastWaitsMillis = {100, 200, 400, 400};
        for (int i = 1; i < connections; i++) {
            long gapMillis = Duration.ofNanos(acceptedNanos[i] - acceptedNanos[i - 1]).toMillis();
            assertTrue(gapMillis >= leastWaitsMillis[i - 1], "connection " + i + " came " + gapMillis
                    + " ms after the one before; the wait is " + leastWaitsMillis[i - 1] + " ms");
        }
    }

    @Test
    void tcpListenSourceTakesLinesPushedByReceivers() throws IOException {
        int port = freeTcpPort();
        addSource("push", "tcp-listen://127.0.0.1:" + port);
        awaitListening("push");
        try (Socket first = new Socket(InetAddress.getLoopbackAddress(), port); Writer out = writer(first);
                Socket second = new Socket(InetAddress.getLoopbackAddress(), port); Writer out2 = writer(second)) {
            out.write(nmea.position(574_000_011, 11.6, 109.3) + "\n");
            out.flush();
            out2.write(nmea.position(574_000_012, 11.6, 109.4) + "\n");
            out2.flush();
            awaitVessel(574_000_011);
            awaitVessel(574_000_012);
        } finally {
            admin.delete("/api/v1/sources/push");
        }
    }

    @Test
    void udpSourceDecodesDatagrams() throws IOException {
        int port = freeUdpPort();
        addSource("udp", "udp://127.0.0.1:" + port);
        awaitListening("udp");
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] datagram = (nmea.position(574_000_021, 11.7, 109.5) + "\r\n" + nmea.position(574_000_022, 11.7, 109.6)
                    + "\r\n").getBytes(StandardCharsets.US_ASCII);
            // UDP may lose a datagram: send until both vessels are there.
            Await.until("both vessels of the datagram", WAIT, () -> {
                try {
                    socket.send(new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), port));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return vessel(574_000_021) != null && vessel(574_000_022) != null;
            });
        } finally {
            admin.delete("/api/v1/sources/udp");
        }
    }

    @Test
    void fileReplayReadsGzipAndUsesTagBlockTime() throws IOException {
        Path file = Files.createTempFile(replayFolder(), "feed", ".nmea.gz");
        long eventTime = Instant.parse("2026-11-28T10:00:00Z").toEpochMilli();
        try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.US_ASCII)) {
            out.write("# a comment\n");
            out.write(nmea.position(574_000_031, 11.8, 109.7, 7, eventTime) + "\n");
            out.write(nmea.position(574_000_031, 11.801, 109.701, 7, eventTime + 10_000) + "\n");
        }
        addSource("replay", file.toUri() + "?speed=0");
        Await.until("replay finished", WAIT, () -> "FINISHED".equals(source("replay").get("state").asString()));
        JsonNode vessel = awaitVessel(574_000_031);
        Await.until("second fix applied", WAIT, () -> "2026-11-28T10:00:10Z".equals(
                vessel(574_000_031).get("position").get("time").asString()));
        JsonNode stats = source("replay");
        assertEquals(3, stats.get("lines").asLong(), stats.toString());
        assertEquals(2, stats.get("messages").asLong(), stats.toString());
        assertEquals(vessel.get("id").asLong(), 574_000_031);
        admin.delete("/api/v1/sources/replay");
    }

    @Test
    void fileReplayIsPacedByTagBlockTimeTimesTheSpeedFactor() throws IOException {
        Path file = Files.createTempFile(replayFolder(), "paced", ".nmea");
        long eventTime = Instant.parse("2026-11-28T11:00:00Z").toEpochMilli();
        Files.write(file, java.util.List.of(
                nmea.position(574_000_035, 11.8, 109.7, 7, eventTime),
                nmea.position(574_000_035, 11.8005, 109.7, 7, eventTime + 2_000),
                nmea.position(574_000_035, 11.801, 109.7, 7, eventTime + 4_000)), StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        addSource("paced", file.toUri() + "?speed=4");   // 4 s of event time in 1 s
        Await.until("paced replay finished", WAIT, () -> "FINISHED".equals(source("paced").get("state").asString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds >= 0.95, "took " + seconds + " s, expected about 1 s");
        admin.delete("/api/v1/sources/paced");
    }

    @Test
    void garbageIsCountedByReasonAndTheGoodLinesStillCount() throws IOException {
        int port = freeTcpPort();
        addSource("garbage", "tcp-listen://127.0.0.1:" + port);
        awaitListening("garbage");
        String good = nmea.position(574_000_041, 11.9, 109.8);
        String badChecksum = good.substring(0, good.length() - 2) + (good.endsWith("00") ? "11" : "00");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = socket.getOutputStream()) {
            out.write(("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\n"
                    + "\u0000\u00ff\u0013 binary noise\n" + badChecksum + "\n" + good + "\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            awaitVessel(574_000_041);
            JsonNode stats = Await.until("counted", WAIT, () -> source("garbage"), s -> s.get("lines").asLong() == 4);
            assertEquals(1, stats.get("messages").asLong(), stats.toString());
            assertEquals(3, stats.get("rejected").asLong(), stats.toString());
            assertEquals(1, stats.get("rejectedByReason").get("checksum").asLong(), stats.toString());
            assertEquals(2, stats.get("rejectedByReason").get("not_ais").asLong(), stats.toString());
        } finally {
            admin.delete("/api/v1/sources/garbage");
        }
    }

    @Test
    void aFeedStalledMidLineHoldsUpNoOtherSource() throws IOException {
        int stalledPort = freeTcpPort();
        int livelyPort = freeTcpPort();
        addSource("stalled", "tcp-listen://127.0.0.1:" + stalledPort);
        addSource("lively", "tcp-listen://127.0.0.1:" + livelyPort);
        Await.until("listening", WAIT, () -> "LISTENING".equals(source("stalled").get("state").asString())
                && "LISTENING".equals(source("lively").get("state").asString()));
        String stalledLine = nmea.position(574_000_051, 12.0, 109.9);
        try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), stalledPort); Writer slow = writer(stalled);
                Socket lively = new Socket(InetAddress.getLoopbackAddress(), livelyPort); Writer fast = writer(lively)) {
            slow.write(stalledLine.substring(0, 20));
            slow.flush();
            fast.write(nmea.position(574_000_052, 12.0, 109.95) + "\n");
            fast.flush();
            awaitVessel(574_000_052);
            assertEquals(200, admin.get("/api/v1/vessels?size=1").status());
            slow.write(stalledLine.substring(20) + "\n");
            slow.flush();
            awaitVessel(574_000_051);
        } finally {
            admin.delete("/api/v1/sources/stalled");
            admin.delete("/api/v1/sources/lively");
        }
    }

    @Test
    void aFloodingFeedIsCountedWhileTheServerKeepsServing() throws Exception {
        int floodPort = freeTcpPort();
        int otherPort = freeTcpPort();
        addSource("flood", "tcp-listen://127.0.0.1:" + floodPort);
        addSource("beside-flood", "tcp-listen://127.0.0.1:" + otherPort);
        Await.until("listening", WAIT, () -> "LISTENING".equals(source("flood").get("state").asString())
                && "LISTENING".equals(source("beside-flood").get("state").asString()));
        int lines = 300_000;
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            block.append(nmea.position(575_000_000 + i, 10 + i / 1000.0, 108 + i / 1000.0)).append('\n');
        }
        byte[] bytes = block.toString().getBytes(StandardCharsets.US_ASCII);
        Thread flooder = Thread.ofPlatform().start(() -> {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), floodPort);
                    OutputStream out = socket.getOutputStream()) {
                for (int i = 0; i < lines / 1000; i++) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (Socket other = new Socket(InetAddress.getLoopbackAddress(), otherPort); Writer out = writer(other)) {
            out.write(nmea.position(574_000_061, 12.1, 110.0) + "\n");
            out.flush();
            awaitVessel(574_000_061);
            assertEquals(200, admin.get("/api/v1/vessels?size=1").status());
        }
        flooder.join(60_000);
        JsonNode stats = Await.until("every flood line counted", Duration.ofSeconds(60), () -> source("flood"),
                s -> s.get("lines").asLong() == lines);
        long messages = stats.get("messages").asLong();
        assertEquals(lines, messages, stats.toString());
        Await.until("a rate over the last minute", WAIT,
                () -> source("flood").get("messagesPerSecond").asDouble() > 0);
        // A TCP connection waits for room in the engine's queue (TCP holds the sender back): nothing dropped.
        assertEquals(0, stats.get("droppedByEngineQueue").asLong(), stats.toString());
        admin.delete("/api/v1/sources/flood");
        admin.delete("/api/v1/sources/beside-flood");
    }

    @Test
    void sourcesAreValidatedAndConflictsRefused() {
        Api.Response bad = admin.post("/api/v1/sources", "application/json", "{\"id\":\"x\",\"uri\":\"serial:///dev/ttyS0\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().get("detail").asString().contains("unknown source scheme"), bad.body());
        assertEquals(400, admin.post("/api/v1/sources", "application/json", "{\"id\":\"bad id!\",\"uri\":\"udp://:0\"}").status());
        assertEquals(400, admin.post("/api/v1/sources", "application/json", "{not json").status());
        addSource("twice", "udp://127.0.0.1:" + freeUdpPort());
        Api.Response again = admin.post("/api/v1/sources", "application/json", "{\"id\":\"twice\",\"uri\":\"udp://127.0.0.1:1\"}");
        assertEquals(409, again.status(), again.body());
        assertEquals(204, admin.delete("/api/v1/sources/twice").status());
        assertEquals(404, admin.delete("/api/v1/sources/twice").status());
    }

    private static Writer writer(Socket socket) throws IOException {
        return new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
    }
}
