package io.coastwatch.bench.jmh;

import dk.dma.ais.message.AisMessage;
import dk.dma.ais.sentence.Vdm;
import io.coastwatch.ais.AisDecoder;
import io.coastwatch.bench.traffic.TrafficMix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode throughput on one thread, sentences per second, Coastwatch beside DMA AisLib on the same
 * realistic mix of sentences (no tag blocks, which AisLib's {@code Vdm} does not take), or on Class A
 * position reports only ({@code traffic=position}: with {@code -prof gc}, the allocation per decoded
 * position report). One operation is one sentence, taken in turn from a prepared list.
 *
 * <p>Each decoder is given a line in the form its API takes: AisLib a {@link String}, Coastwatch the
 * bytes read from a feed ({@link #coastwatch}, the entry point of the server's sources and of the
 * {@code decode} command) or a {@code String} ({@link #coastwatchFromString}, which copies it to bytes
 * first). AisLib is not charged for making its strings out of the bytes a feed delivers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {
    /**
     * Messages in the prepared list: about 2,150 lines, some 200 KB as strings, which stay in the L2
     * cache as a live feed's lines do (each is decoded just after it was read). A list five times
     * longer spills to the L3 cache and main memory, and then one run in three is up to 40% slower,
     * depending on where the pages of the list fall (not on the code: runs with transparent huge
     * pages, or with this list, do not show it).
     */
    private static final int MESSAGES = 2_000;

    @Param({"mix", "position"})
    public String traffic;

    private String[] lines;
    private byte[][] lineBytes;
    private int next;
    private AisDecoder coastwatch;
    private Vdm aisLibSentence = new Vdm();
    private Blackhole sink;

    @Setup
    public void prepare(Blackhole blackhole) {
        List<String> generated = "position".equals(traffic)
                ? new TrafficMix(42, 2_000, false, true).nextMessages(MESSAGES)
                : new TrafficMix(42, 2_000, false, false).nextMessages(MESSAGES);
        lines = generated.toArray(String[]::new);
        lineBytes = generated.stream().map(line -> line.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        sink = blackhole;
        coastwatch = new AisDecoder("bench", (message, reception) -> sink.consume(message));
    }

    /** One sentence decoded by Coastwatch per operation, from the bytes of the line. */
    @Benchmark
    public void coastwatch() {
        byte[] line = lineBytes[nextLine()];
        coastwatch.decode(line, 0, line.length, 0L);
    }

    /** One sentence decoded by Coastwatch per operation, from the line as a {@code String}. */
    @Benchmark
    public void coastwatchFromString() {
        coastwatch.decode(lines[nextLine()], 0L);
    }

    /** One sentence through AisLib per operation: {@code Vdm.parse}, then {@code AisMessage.getInstance} once complete. */
    @Benchmark
    public void aisLib(Blackhole blackhole) throws Exception {
        if (aisLibSentence.parse(lines[nextLine()]) == 0) {
            blackhole.consume(AisMessage.getInstance(aisLibSentence));
            aisLibSentence = new Vdm();
        }
    }

    private int nextLine() {
        int line = next;
        next = line + 1 == lines.length ? 0 : line + 1;
        return line;
    }
}
