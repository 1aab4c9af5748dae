package io.coastwatch.server.cli;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.DecodeCounters;
import io.coastwatch.ais.Reception;
import io.coastwatch.ais.RejectReason;
import io.coastwatch.ais.json.GpsdJsonStream;
import io.coastwatch.ais.json.GpsdJsonWriter;
import io.coastwatch.ais.json.JsonOutput;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.nmea.LineSplitter;
import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coastwatch decode}: NMEA AIS in, one gpsd-style JSON object per message out, like
 * {@code gpsdecode -j}.
 */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Decodes AIS NMEA 0183 sentences (VDM/VDO, tag blocks, multi-sentence messages)",
            "and prints one gpsd-style JSON object per message.",
            "Files ending in .gz are decompressed. Lines that yield no message are counted and skipped."
        })
final class DecodeCommand implements Callable<Integer> {
    private static final int OUTPUT_BUFFER = 1 << 16;
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "NMEA files (.gz read transparently); standard input when none.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-u", "--unscaled"}, description = "Print raw field values, like gpsdecode -u.")
    boolean unscaled;

    @Option(names = {"-s", "--split-24"},
            description = "Print each part of message 24 on its own, like gpsdecode -s (default: pair part B with the name from part A).")
    boolean splitStaticData;

    @Option(names = "--stats", description = "Print counts by message type and rejections by reason to standard error.")
    boolean stats;

    @Option(names = "--progress", negatable = true, defaultValue = "${sys:coastwatch.stderr.tty:-false}",
            description = "Show a progress bar on standard error (default: when it is a terminal).")
    boolean progress;

    private final OutputStream stdout;
    private final PrintStream stderr;

    /** The command as the CLI runs it, on the process's standard output and error. */
    DecodeCommand() {
        this(new FileOutputStream(FileDescriptor.out), System.err);
    }

    DecodeCommand(OutputStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                stderr.println("coastwatch decode: cannot read " + file);
                return 1;
            }
        }
        Output output = new Output(stdout, !unscaled, splitStaticData, files.isEmpty() ? "stdin" : files.get(0).toString());
        AisDecoder decoder = new AisDecoder(null, output::write);
        long started = System.nanoTime();
        long totalBytes = 0;
        for (Path file : files) {
            totalBytes += Files.size(file);
        }
        Progress bar = progress && !files.isEmpty() ? new Progress(totalBytes, stderr) : null;
        long oversized = 0;
        try {
            if (files.isEmpty()) {
                oversized += decode(System.in, decoder, null);
            } else {
                for (Path file : files) {
                    output.device(file.toString());
                    try (InputStream in = open(file, bar)) {
                        oversized += decode(in, decoder, bar);
                    } catch (NoSuchFileException | FileNotFoundException e) {
                        stderr.println("coastwatch decode: cannot read " + file);
                        return 1;
                    }
                }
            }
            output.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (bar != null) {
            bar.finish();
        }
        if (stats) {
            printStats(decoder.counters(), oversized, System.nanoTime() - started, stderr);
        }
        return 0;
    }

    /** Decodes every line of {@code in}; returns how many lines were discarded as longer than 1 MiB. */
    private static long decode(InputStream in, AisDecoder decoder, Progress bar) throws IOException {
        LineSplitter lines = new LineSplitter(1 << 16);
        long[] receivedMillis = {System.currentTimeMillis()};
        long[] lastUpdate = {System.nanoTime()};
        lines.readAll(in, (buffer, offset, length) -> {
            decoder.decode(buffer, offset, length, receivedMillis[0]);
            if ((decoder.counters().lines() & 0xFFF) == 0) {
                receivedMillis[0] = System.currentTimeMillis();
                long now = System.nanoTime();
                if (bar != null && now - lastUpdate[0] > PROGRESS_INTERVAL_NANOS) {
                    lastUpdate[0] = now;
                    bar.show(decoder.counters().lines());
                }
            }
        });
        return lines.oversizedLines();
    }

    private static InputStream open(Path file, Progress bar) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (bar != null) {
            raw = bar.counting(raw);
        }
        if (file.getFileName().toString().endsWith(".gz")) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        return new BufferedInputStream(raw, 1 << 16);
    }

    /**
     * Prints the counts; {@code oversized} lines (over 1 MiB, discarded whole before decoding) count as
     * lines and as rejected, once each.
     */
    static void printStats(DecodeCounters counters, long oversized, long elapsedNanos, PrintStream out) {
        double seconds = elapsedNanos / 1e9;
        long lines = counters.lines() + oversized;
        out.printf(Locale.ROOT, "lines %d, messages %d, rejected %d, ignored %d, fragments held %d (dropped %d)%n",
                lines, counters.messages(), counters.rejected() + oversized, counters.ignored(),
                counters.heldFragments(), counters.droppedFragments());
        out.printf(Locale.ROOT, "%.2f s, %.0f lines/s%n", seconds, lines / Math.max(seconds, 1e-9));
        out.println("messages by type:");
        for (int type = 1; type <= MessageCodec.MAX_TYPE; type++) {
            if (counters.messages(type) > 0) {
                out.printf(Locale.ROOT, "  %2d  %d%n", type, counters.messages(type));
            }
        }
        if (counters.rejected() + oversized > 0) {
            out.println("rejected by reason:");
            if (oversized > 0) {
                out.printf(Locale.ROOT, "  %-15s %d%n", "oversized_line", oversized);
            }
            for (RejectReason reason : RejectReason.values()) {
                if (counters.rejected(reason) > 0) {
                    out.printf(Locale.ROOT, "  %-15s %d%n", reason.name().toLowerCase(Locale.ROOT), counters.rejected(reason));
                }
            }
        }
    }

    /**
     * Formats messages as JSON lines on a thread of its own, so that decoding and formatting use two
     * cores. Messages travel in batches through a bounded queue, in order; output is written in large
     * blocks. {@link #write} and {@link #device} are called by the decoding thread only.
     */
    private static final class Output {
        private static final int BATCH = 4096;
        private static final int BATCHES_IN_FLIGHT = 8;

        private final OutputStream out;
        private final boolean scaled;
        private final boolean splitStaticData;
        private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT + 1);
        private final Thread formatter;
        private volatile IOException failure;
        private Batch current;
        private GpsdJsonStream stream;

        Output(OutputStream out, boolean scaled, boolean splitStaticData, String device) {
            this.out = out;
            this.scaled = scaled;
            this.splitStaticData = splitStaticData;
            device(device);
            for (int i = 0; i <= BATCHES_IN_FLIGHT; i++) {
                empty.add(new Batch());
            }
            current = empty.poll();
            formatter = new Thread(this::formatBatches, "json-formatter");
            formatter.setDaemon(true);
            formatter.start();
        }

        /** Names the input in the {@code "device"} member of the objects that follow. */
        void device(String device) {
            stream = new GpsdJsonStream(new GpsdJsonWriter(device), splitStaticData);
        }

        void write(AisMessage message, Reception reception) {
            Batch batch = current;
            batch.messages[batch.size] = message;
            batch.streams[batch.size++] = stream;
            if (batch.size == BATCH) {
                handOver();
            }
        }

        /** Formats and writes everything handed over so far, then stops the formatting thread. */
        void flush() throws IOException {
            handOver();
            Batch end = new Batch();
            end.last = true;
            putUninterruptibly(full, end);
            try {
                formatter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
        }

        private void handOver() {
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
            putUninterruptibly(full, current);
            current = takeUninterruptibly(empty);
        }

        private void formatBatches() {
            JsonOutput json = new JsonOutput();
            try {
                while (true) {
                    Batch batch = takeUninterruptibly(full);
                    if (batch.last) {
                        break;
                    }
                    for (int i = 0; i < batch.size; i++) {
                        if (batch.streams[i].write(batch.messages[i], scaled, json)) {
                            json.newline();
                        }
                        if (json.length() >= OUTPUT_BUFFER) {
                            json.writeTo(out);
                            json.reset();
                        }
                        batch.messages[i] = null;
                    }
                    batch.size = 0;
                    putUninterruptibly(empty, batch);
                }
                json.writeTo(out);
                out.flush();
            } catch (IOException e) {
                failure = e;
                empty.clear();
                for (int i = 0; i <= BATCHES_IN_FLIGHT; i++) {
                    empty.offer(new Batch()); // let the decoding thread move on and see the failure
                }
            }
        }

        private static final class Batch {
            final AisMessage[] messages = new AisMessage[BATCH];
            final GpsdJsonStream[] streams = new GpsdJsonStream[BATCH];
            int size;
            boolean last;
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> queue, T item) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    queue.put(item);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> T takeUninterruptibly(BlockingQueue<T> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
