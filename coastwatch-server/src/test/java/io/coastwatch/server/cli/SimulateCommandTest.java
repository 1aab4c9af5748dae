package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.message.StaticAndVoyageData;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code coastwatch simulate} end to end: the demo scenario to a gzip file and over TCP, decoded by the codec. */
class SimulateCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** Runs {@code coastwatch simulate ARGS} with this test's output streams. */
    private int run(String... args) {
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CommandLine(new SimulateCommand(stdout, err)).setErr(new java.io.PrintWriter(err, true)).execute(args);
    }

    @Test
    void theCommandIsRegistered() {
        assertTrue(new CommandLine(new CoastwatchCli()).getSubcommands().containsKey("simulate"));
    }

    @Test
    void theDemoRunsToAGzipFileWithTruthVmsAndRecords() throws Exception {
        Path out = folder.resolve("demo.nmea.gz");
        Path truth = folder.resolve("truth.csv");
        Path vms = folder.resolve("vms.jsonl");
        Path records = folder.resolve("records.json");
        assertEquals(0, run("demo", "--out", out.toString(), "--truth", truth.toString(), "--vms-out", vms.toString(),
                "--records", records.toString(), "--duration", "3h", "--seed", "11", "--as-fast-as-possible"),
                stderr.toString(StandardCharsets.UTF_8));
        String summary = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("seed 11") && summary.contains("NMEA lines"), summary);
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(out)),
                StandardCharsets.US_ASCII))) {
            lines = in.lines().toList();
        }
        int[] names = new int[1];
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> {
            if (message instanceof StaticAndVoyageData) {
                names[0]++;
            }
        });
        lines.forEach(line -> decoder.decode(line, 0));
        assertTrue(lines.size() > 50_000, "lines " + lines.size());
        assertEquals(0, decoder.counters().rejected());
        assertTrue(names[0] > 10);
        assertTrue(summary.contains(lines.size() + " NMEA lines"), summary);
        assertTrue(Files.readAllLines(truth).size() > 10);
        assertTrue(Files.readAllLines(vms).size() > 5);
        assertTrue(Files.readString(records).contains("\"departures\""));
    }

    @Test
    void theSimulatorFeedsATcpServer() throws Exception {
        try (ExecutorService pool = Executors.newSingleThreadExecutor();
                ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(60_000);
            Future<List<String>> received = pool.submit(() -> {
                try (Socket socket = server.accept();
                        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))) {
                    return new ArrayList<>(in.lines().toList());
                }
            });
            assertEquals(0, run("--tcp", "127.0.0.1:" + server.getLocalPort(), "--duration", "20m",
                    "--as-fast-as-possible"), stderr.toString(StandardCharsets.UTF_8));
            List<String> lines = received.get(30, TimeUnit.SECONDS);
            assertTrue(lines.size() > 2_000, "lines " + lines.size());
            assertTrue(stderr.toString(StandardCharsets.UTF_8).contains(lines.size() + " NMEA lines"));
            assertTrue(lines.stream().allMatch(l -> l.startsWith("\\") && l.contains("!AIVDM")));
        }
    }

    @Test
    void pacedRunsSendTrafficWithinSecondsAtTheDemoSpeed() {
        long start = System.nanoTime();
        assertEquals(0, run("--duration", "2m"));
        double seconds = (System.nanoTime() - start) / 1e9;
        // 2 simulated minutes at the demo's 60x take about 2 s of wall time
        assertTrue(seconds > 1.5, "paced, took " + seconds);
        assertTrue(stdout.toString(StandardCharsets.US_ASCII).lines().count() > 500);
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertEquals(2, run(folder.resolve("missing.yaml").toString()));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("missing.yaml"));
        assertEquals(2, run("--tcp", "nohostport"));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("HOST:PORT"));
        assertEquals(2, run("--out", "a", "--udp", "127.0.0.1:9"));
    }
}
