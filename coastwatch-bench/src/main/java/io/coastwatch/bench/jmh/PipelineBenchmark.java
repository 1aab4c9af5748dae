package io.coastwatch.bench.jmh;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.bench.engine.DiscardingStores;
import io.coastwatch.bench.engine.PipelineFeed;
import io.coastwatch.bench.traffic.TrafficMix;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.pipeline.PipelineStats;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentences per second from NMEA text to the live picture, without storage (stores that discard),
 * on the realistic mix with tag blocks (fleet of 20 000). One operation is one sentence.
 * <ul>
 *   <li>{@code decodeAndTrack}: decoded on the benchmark thread and offered to a {@link Pipeline}
 *       whose writer thread deduplicates and tracks; the offering thread waits for room (50 µs at a
 *       time) rather than drop, so that every sentence is processed; {@link Pipeline#close}
 *       (drain) is inside the measurement.</li>
 *   <li>{@code writerOnly}: the same sentences decoded and queued before the measurement, which
 *       then covers the writer thread alone (start, drain, close).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PipelineBenchmark {
    private static final int LINES = 200_000;

    private final LandMask land = LandMask.vietnamRegion();
    private final DiscardingStores stores = new DiscardingStores();
    private String[] lines;

    @Setup
    public void prepare() {
        List<String> generated = new TrafficMix(42, 20_000, true, false).nextMessages(LINES);
        lines = generated.subList(0, LINES).toArray(String[]::new);
    }

    /** Every prepared sentence decoded and applied through a fresh pipeline. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public PipelineStats decodeAndTrack() {
        Pipeline pipeline = newPipeline(PipelineSettings.DEFAULTS.queueCapacity());
        pipeline.start();
        PipelineFeed.decodeInto(pipeline, Arrays.asList(lines));
        pipeline.close();
        return pipeline.stats();
    }

    /** The writer thread alone: every prepared sentence already decoded and queued. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public PipelineStats writerOnly(QueuedPipeline queued) {
        queued.pipeline.start();
        queued.pipeline.close();
        return queued.pipeline.stats();
    }

    private Pipeline newPipeline(int queueCapacity) {
        PipelineSettings defaults = PipelineSettings.DEFAULTS;
        return Engine.builder().deduplicate(new PipelineSettings(queueCapacity, defaults.duplicateWindowMillis(),
                defaults.duplicateCapacity(), defaults.snapshotIntervalMillis()))
                .track(new VesselTracker(new PlausibilityCheck(land))).history(stores, stores).build().pipeline();
    }

    /** A pipeline, not started, with every prepared sentence decoded and queued. */
    @State(Scope.Thread)
    public static class QueuedPipeline {
        Pipeline pipeline;

        @Setup(Level.Invocation)
        public void fill(PipelineBenchmark benchmark) {
            pipeline = benchmark.newPipeline(LINES);
            AisDecoder decoder = new AisDecoder("bench", pipeline::offer);
            for (String line : benchmark.lines) {
                decoder.decode(line, 0L);
            }
        }
    }
}
