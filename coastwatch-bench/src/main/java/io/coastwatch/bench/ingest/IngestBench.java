package io.coastwatch.bench.ingest;

import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.bench.engine.DiscardingStores;
import io.coastwatch.bench.traffic.TrafficMix;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Ingest;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.VmsReport;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.server.source.FeedSource;
import io.coastwatch.server.source.SourceSettings;
import io.coastwatch.server.source.SourceUri;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Sustained ingest: NMEA sentences pushed over TCP (loopback) to a {@code tcp-listen} source, decoded
 * on the source's thread, applied by the engine's pipeline (deduplication, vessel state, plausibility)
 * and, with {@code sqlite}, every position stored in a fresh SQLite store (flushed before the clock
 * stops). The source waits when its share of the engine's queue is full instead of dropping (as every
 * TCP source does), so the figure is the rate of the slowest stage with nothing lost.
 *
 * <p>Each run starts on fresh stores and a fresh engine; the land mask is loaded once for all runs, as
 * the server loads it once per process (its cells are classified as vessels first reach them, so a
 * mask warmed by earlier traffic is the steady state of a running server).
 *
 * <p>Usage: {@code IngestBench sqlite|none|decode [MESSAGES] [RUNS]} (defaults 2,000,000 and 3; one untimed
 * warm-up run of a quarter of that first). Prints each run and the median in sentences per second,
 * with the CPU time per sentence of the whole process (sender, source, engine, GC) and of the engine's
 * writer thread alone: on a loaded machine the CPU times compare builds better than the rates.
 */
public final class IngestBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.valueOf((args.length > 0 ? args[0] : "sqlite").toUpperCase(Locale.ROOT));
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        byte[] warmUp = traffic(messages / 4, 2);
        byte[] feed = traffic(messages, 1);
        int sentences = countLines(feed);
        System.out.printf(Locale.ROOT, "ingest over TCP, %s: %,d messages in %,d sentences (%,d bytes)%n",
                mode.description, messages, sentences, feed.length);
        PlausibilityCheck plausibility = new PlausibilityCheck(LandMask.vietnamRegion());
        run(mode, plausibility, warmUp, countLines(warmUp));
        List<Double> rates = new ArrayList<>();
        List<Long> processNanos = new ArrayList<>();
        List<Long> engineNanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run run = run(mode, plausibility, feed, sentences);
            double rate = sentences / (run.elapsedNanos() / 1e9);
            rates.add(rate);
            processNanos.add(run.processCpuNanos() / sentences);
            engineNanos.add(run.engineCpuNanos() / sentences);
            System.out.printf(Locale.ROOT, "run %d: %.2f s, %,.0f sentences/s; CPU per sentence: process %,d ns, "
                    + "engine writer %,d ns%n", i + 1, run.elapsedNanos() / 1e9, rate, run.processCpuNanos() / sentences,
                    run.engineCpuNanos() / sentences);
        }
        System.out.printf(Locale.ROOT, "median: %,.0f sentences/s; CPU per sentence: process %,d ns, engine writer %,d ns%n",
                median(rates), median(processNanos), median(engineNanos));
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** One timed run: wall-clock time, CPU time of the process and of the engine's writer thread. */
    private record Run(long elapsedNanos, long processCpuNanos, long engineCpuNanos) {
    }

    /** What a run takes the sentences through. */
    private enum Mode {
        DECODE("source and decoder only (messages discarded)"),
        NONE("source, decoder and engine, without storage"),
        SQLITE("source, decoder, engine and SQLite storage");

        final String description;

        Mode(String description) {
            this.description = description;
        }
    }

    /** One run on fresh stores, timed from the first byte sent to the last position stored. */
    private static Run run(Mode mode, PlausibilityCheck plausibility, byte[] feed, long lines) throws Exception {
        boolean sqlite = mode == Mode.SQLITE;
        Path directory = Files.createTempDirectory("coastwatch-ingest-bench");
        Database database = sqlite ? Database.open(new StoreSettings("jdbc:sqlite:" + directory.resolve("bench.db"),
                null, null, Duration.ZERO)) : null;
        DiscardingStores discarding = new DiscardingStores();
        PositionStore positions = sqlite ? database.positions() : discarding;
        VesselSnapshotStore snapshots = sqlite ? database.vessels() : discarding;
        Pipeline pipeline = Engine.builder().track(new VesselTracker(plausibility)).history(positions, snapshots).build()
                .pipeline();
        pipeline.start();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Ingest ingest = mode == Mode.DECODE ? new Discard() : pipeline;
        FeedSource source = FeedSource.create("bench", SourceUri.parse("tcp-listen://127.0.0.1:" + port), ingest,
                SourceSettings.defaults(), false);
        source.start();
        Socket socket = connect(port);
        Thread engineWriter = engineWriter();
        long processCpuStart = processCpuNanos();
        long engineCpuStart = THREADS.getThreadCpuTime(engineWriter.threadId());
        long start = System.nanoTime();
        try (OutputStream out = socket.getOutputStream()) {
            for (int offset = 0; offset < feed.length; offset += 1 << 16) {
                out.write(feed, offset, Math.min(1 << 16, feed.length - offset));
            }
        }
        long expected = -1;
        while (true) {
            var counts = source.stats().snapshot();
            if (expected < 0 && counts.lines() == lines) {
                expected = counts.messages();
            }
            var stats = pipeline.stats();
            if (expected >= 0 && mode == Mode.DECODE) {
                break;
            }
            if (expected >= 0 && stats.processed() + stats.duplicates() + stats.failures() >= expected) {
                break;
            }
            Thread.sleep(1);
        }
        positions.flush();
        long elapsed = System.nanoTime() - start;
        long processCpu = processCpuNanos() - processCpuStart;
        long engineCpu = THREADS.getThreadCpuTime(engineWriter.threadId()) - engineCpuStart;
        var stats = pipeline.stats();
        if (stats.failures() > 0) {
            System.out.printf(Locale.ROOT, "  (failures %d)%n", stats.failures());
        }
        source.stop();
        pipeline.close();
        if (database != null) {
            database.close();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return new Run(elapsed, processCpu, engineCpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The pipeline's writer thread (started just before; its name is the pipeline's). */
    private static Thread engineWriter() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("coastwatch-engine"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no engine writer thread"));
    }

    private static Socket connect(int port) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException notYetListening) {
                if (attempt > 200) {
                    throw new IllegalStateException("source not listening", notYetListening);
                }
                Thread.sleep(10);
            }
        }
    }

    private static byte[] traffic(int messages, long seed) {
        TrafficMix mix = new TrafficMix(seed, 20_000, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(messages * 90);
        for (int i = 0; i < messages; i++) {
            mix.next(line -> {
                byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.US_ASCII);
                out.write(bytes, 0, bytes.length);
            });
        }
        return out.toByteArray();
    }

    private static int countLines(byte[] feed) {
        int lines = 0;
        for (byte b : feed) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Takes every message and does nothing with it: the decode-only run. */
    private static final class Discard implements Ingest, Ingest.Lane {
        @Override
        public boolean offer(AisMessage message, Reception reception) {
            return true;
        }

        @Override
        public boolean offer(VmsReport report) {
            return true;
        }

        @Override
        public Lane lane(int maxQueued) {
            return this;
        }

        @Override
        public boolean offer(AisMessage message, Reception reception, long timeout, TimeUnit unit) {
            return true;
        }

        @Override
        public boolean offer(VmsReport report, long timeout, TimeUnit unit) {
            return true;
        }

        @Override
        public int queued() {
            return 0;
        }
    }
}
