package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineStats;
import io.coastwatch.server.support.Await;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sources in front of a deliberately slow engine: a small queue, and a listener of the live picture
 * that holds the engine's writer a few microseconds on every update. Sources that can wait (a file, a
 * TCP connection) lose nothing; each source and the VMS endpoint fill only their own share of the queue.
 */
@TestPropertySource(properties = {
    "coastwatch.engine.queue-capacity=1024",
    "coastwatch.source-defaults.queue-share=256",
    "coastwatch.vms.queue-share=256"
})
class SlowEngineTest extends SourceServerTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(180);
    private static final long NANOS_PER_UPDATE = 3_000;

    @Autowired
    private Pipeline pipeline;
    private AutoCloseable slowListener;

    @BeforeEach
    void slowTheEngineDown() {
        slowListener = pipeline.subscribe(vessel -> {
            long until = System.nanoTime() + NANOS_PER_UPDATE;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        });
    }

    @AfterEach
    void speedItUp() throws Exception {
        slowListener.close();
    }

    /** 1,000 vessels' positions without tag blocks, one a line, repeated {@code times} times. */
    private byte[] positions(int firstMmsi, int times) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            block.append(nmea.position(firstMmsi + i, 10.5 + i / 2000.0, 109.2 + i / 2000.0)).append('\n');
        }
        byte[] once = block.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[once.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(once, 0, all, i * once.length, once.length);
        }
        return all;
    }

    @Test
    void aFileReplayAtFullSpeedLosesNothing() throws IOException {
        int lines = 300_000;
        Path file = Files.createTempFile(replayFolder(), "slow-engine", ".nmea");
        Files.write(file, positions(576_000_000, lines / 1000));
        PipelineStats before = pipeline.stats();
        addSource("slow-replay", file.toUri() + "?speed=0");
        JsonNode stats = Await.until("the replay finished", LONG_WAIT, () -> source("slow-replay"),
                s -> "FINISHED".equals(s.get("state").asString()));
        Await.until("the engine's queue drained", LONG_WAIT, () -> pipeline.stats().queueDepth() == 0);
        PipelineStats after = pipeline.stats();
        admin.delete("/api/v1/sources/slow-replay");

        assertEquals(lines, stats.get("lines").asLong(), stats.toString());
        assertEquals(lines, stats.get("messages").asLong(), stats.toString());
        assertEquals(0, stats.get("droppedByEngineQueue").asLong(), stats.toString());
        assertEquals(lines, after.offered() - before.offered(), "every line offered once");
        assertEquals(0, after.dropped() - before.dropped(), "the engine dropped nothing");
        assertEquals(lines, after.processed() - before.processed() + after.duplicates() - before.duplicates(),
                "the engine applied every line, or skipped it as a repeat heard within the same millisecond");
    }

    @Test
    void aTcpFloodIsHeldBackNotDropped() throws Exception {
        int port = freeTcpPort();
        addSource("slow-tcp", "tcp-listen://127.0.0.1:" + port);
        awaitListening("slow-tcp");
        int lines = 100_000;
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port);
                OutputStream out = socket.getOutputStream()) {
            out.write(positions(577_000_000, lines / 1000));
        }
        JsonNode stats = Await.until("every line read", LONG_WAIT, () -> source("slow-tcp"),
                s -> s.get("lines").asLong() == lines);
        admin.delete("/api/v1/sources/slow-tcp");
        assertEquals(lines, stats.get("messages").asLong(), stats.toString());
        assertEquals(0, stats.get("droppedByEngineQueue").asLong(), "TCP held the sender back: " + stats);
    }

    @Test
    void aVmsFloodLeavesTheLiveAisSourceItsRoom() throws Exception {
        int port = freeUdpPort();
        addSource("slow-udp", "udp://127.0.0.1:" + port);
        awaitListening("slow-udp");
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger badAnswers = new AtomicInteger();
        String reports = vmsReports(2_000);
        Thread[] flooders = new Thread[3];
        for (int i = 0; i < flooders.length; i++) {
            flooders[i] = Thread.ofPlatform().start(() -> {
                while (flooding.get()) {
                    int status = admin.post("/api/v1/vms", "application/json", reports).status();
                    if (status != 202 && status != 503) {   // 503: the share was full for max-wait, the rest named
                        badAnswers.incrementAndGet();
                    }
                    posts.incrementAndGet();
                }
            });
        }
        // Fewer lines than the source's share (256): however slow the writer, the UDP source can only
        // lose one if the VMS flood took its room, so the test does not race with the writer.
        int datagrams = 200;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Await.until("the VMS flood has the engine busy", LONG_WAIT, () -> posts.get() >= 2);
            for (int i = 0; i < datagrams; i++) {
                byte[] line = (nmea.position(578_000_000 + i % 50, 11.2, 109.4) + "\n").getBytes(StandardCharsets.US_ASCII);
                socket.send(new DatagramPacket(line, line.length, InetAddress.getLoopbackAddress(), port));
                Thread.sleep(2);
            }
        } finally {
            flooding.set(false);
            for (Thread flooder : flooders) {
                flooder.join(60_000);
            }
        }
        JsonNode stats = Await.until("the datagrams read", LONG_WAIT, () -> source("slow-udp"),
                s -> s.get("lines").asLong() == datagrams && s.get("messages").asLong() == datagrams);
        admin.delete("/api/v1/sources/slow-udp");
        assertTrue(posts.get() >= 2, "the flood ran: " + posts + " posts");
        assertEquals(0, badAnswers.get(), "every post accepted (202) or told what was not taken (503)");
        assertEquals(0, stats.get("droppedByEngineQueue").asLong(), "the VMS flood took none of the AIS share: " + stats);
    }

    @Test
    void aUdpFloodBeyondItsShareIsDroppedAndCounted() throws Exception {
        int port = freeUdpPort();
        addSource("udp-flood", "udp://127.0.0.1:" + port);
        awaitListening("udp-flood");
        PipelineStats before = pipeline.stats();
        byte[] lines = positions(579_000_000, 1);   // 1,000 lines, sent 20 to a datagram
        int perDatagram = lines.length / 50;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            for (int round = 0; round < 20; round++) {
                for (int offset = 0; offset < lines.length; offset += perDatagram) {
                    socket.send(new DatagramPacket(lines, offset, perDatagram, InetAddress.getLoopbackAddress(), port));
                }
            }
        }
        JsonNode stats = Await.until("the datagrams read", LONG_WAIT, () -> settled("udp-flood"), java.util.Objects::nonNull);
        PipelineStats after = pipeline.stats();
        admin.delete("/api/v1/sources/udp-flood");
        long dropped = stats.get("droppedByEngineQueue").asLong();
        assertTrue(dropped > 0, "UDP cannot wait: beyond its share it drops " + stats);
        assertEquals(stats.get("lines").asLong(), stats.get("messages").asLong(), "every line read was decoded");
        assertEquals(dropped, after.dropped() - before.dropped(), "the engine counted the same drops");
        assertEquals(stats.get("messages").asLong() - dropped, after.offered() - before.offered() - dropped,
                "what was not dropped was queued");
    }

    /** {@code count} reports of 50 vessels, an hour ago, as a JSON array. */
    private static String vmsReports(int count) {
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"registrationNumber\":\"BV-").append(90_000 + i % 50)
                    .append("-TS\",\"time\":").append(hourAgo + i * 1000L)
                    .append(",\"latitude\":10.4,\"longitude\":107.6,\"speedKnots\":6,\"courseDegrees\":90}");
        }
        return json.append(']').toString();
    }

    /** The source's statistics when it read nothing more for half a second and the queue is empty, else null. */
    private JsonNode settled(String id) {
        long read = source(id).get("lines").asLong();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        JsonNode later = source(id);
        return later.get("lines").asLong() == read && pipeline.stats().queueDepth() == 0 ? later : null;
    }
}
