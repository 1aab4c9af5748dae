package io.coastwatch.sim.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outputs on loopback and on disk: TCP client, TCP server, UDP, gzip file, VMS over HTTP and to a file. */
class OutputsTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final List<String> LINES = List.of(
            "\\s:BGS-CANA,c:1748736000*5A\\!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26",
            "!AIVDM,1,1,,B,15N4cJ`005Jrek0H@9n`DW5608EP,0*13",
            "!AIVDM,1,1,,A,403Ovl@000Htt<tSF0l4Q@100`Pq,0*1E");

    @Test
    void theTcpClientSinkFeedsAServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK); ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<List<String>> received = pool.submit(() -> readAll(server.accept()));
            try (TcpClientSink sink = new TcpClientSink("127.0.0.1", server.getLocalPort())) {
                for (String line : LINES) {
                    sink.write(line);
                }
                sink.flush();
            }
            assertEquals(LINES, received.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void theTcpServerSinkServesEveryConnectedClient() throws Exception {
        TcpServerSink sink = new TcpServerSink(LOOPBACK, 0);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Socket first = new Socket(LOOPBACK, sink.port());
            Socket second = new Socket(LOOPBACK, sink.port());
            assertTrue(sink.awaitClients(2, 10_000));
            Future<List<String>> a = pool.submit(() -> readAll(first));
            Future<List<String>> b = pool.submit(() -> readAll(second));
            for (String line : LINES) {
                sink.write(line);
            }
            sink.close(); // ends the clients' streams
            assertEquals(LINES, a.get(10, TimeUnit.SECONDS));
            assertEquals(LINES, b.get(10, TimeUnit.SECONDS));
        } finally {
            sink.close();
        }
    }

    @Test
    void theUdpSinkSendsOneLinePerDatagram() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
                UdpSink sink = new UdpSink("127.0.0.1", receiver.getLocalPort())) {
            receiver.setSoTimeout(10_000);
            for (String line : LINES) {
                sink.write(line);
            }
            List<String> got = new ArrayList<>();
            byte[] buffer = new byte[2048];
            for (int i = 0; i < LINES.size(); i++) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                receiver.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
                assertTrue(text.endsWith("\r\n"));
                got.add(text.strip());
            }
            assertEquals(LINES, got);
        }
    }

    @Test
    void aFileNamedGzIsCompressed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.nmea.gz");
        try (StreamSink sink = StreamSink.toFile(file)) {
            for (String line : LINES) {
                sink.write(line);
            }
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.US_ASCII))) {
            assertEquals(LINES, in.lines().toList());
        }
        Path plain = dir.resolve("feed.nmea");
        try (StreamSink sink = StreamSink.toFile(plain)) {
            sink.write(LINES.get(0));
        }
        assertEquals(LINES.get(0) + "\r\n", Files.readString(plain));
    }

    @Test
    void vmsBatchesArePostedAsJsonArraysWithTheBearerToken() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.createContext("/api/vms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status = bodies.size() == 2 ? 400 : 202;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (HttpVmsSink sink = new HttpVmsSink(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/vms"),
                "s3cret", new PrintStream(errors, true, StandardCharsets.UTF_8))) {
            VmsLine report = new VmsLine("NT-90123-TS", "VMS-300071", "2025-06-01T02:00:00Z", 11.5, 109.5, 7.5, 90.0);
            sink.send(List.of(report, report));
            sink.send(List.of(report));
            assertEquals(1, sink.failedBatches());
        } finally {
            server.stop(0);
        }
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains("HTTP 400"));
        assertEquals(List.of("Bearer s3cret", "Bearer s3cret"), authorizations);
        JsonNode first = JsonMapper.shared().readTree(bodies.get(0));
        assertEquals(2, first.size());
        JsonNode one = first.get(0);
        assertEquals("NT-90123-TS", one.get("registrationNumber").asString());
        assertEquals("VMS-300071", one.get("vmsDeviceId").asString());
        assertEquals("2025-06-01T02:00:00Z", one.get("time").asString());
        assertEquals(11.5, one.get("lat").asDouble());
        assertEquals(109.5, one.get("lon").asDouble());
        assertEquals(7.5, one.get("speedKnots").asDouble());
        assertEquals(90.0, one.get("courseDegrees").asDouble());
    }

    @Test
    void vmsBatchesToAFileAreOneArrayPerLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vms.jsonl");
        VmsLine report = new VmsLine("NT-90123-TS", "VMS-300071", "2025-06-01T02:00:00Z", 11.5, 109.5, 7.5, 90.0);
        try (FileVmsSink sink = new FileVmsSink(file)) {
            sink.send(List.of(report));
            sink.send(List.of(report, report));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertEquals(2, JsonMapper.shared().readTree(lines.get(1)).size());
    }

    private static List<String> readAll(Socket socket) throws IOException {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))) {
            return in.lines().toList();
        }
    }
}
