package io.coastwatch.bench.jmh;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.bench.traffic.TrafficMix;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tracker throughput on one thread, messages applied per second, without storage: decoded messages
 * of the realistic mix ({@link TrafficMix}, tag-block times, fleet of 20 000 vessels) or of Class A
 * position reports only, applied in order to a fresh {@link VesselTracker} per invocation (position
 * judged against the land mask and the last fix, static data merged, new vessel state published).
 * One operation is one message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TrackerBenchmark {
    private static final int MESSAGES = 200_000;
    private static final int FLEET = 20_000;

    @Param({"mix", "position"})
    public String traffic;

    private final LandMask land = LandMask.vietnamRegion();
    private AisMessage[] messages;
    private long[] eventTimesMillis;

    @Setup
    public void prepare() {
        TrafficMix mix = new TrafficMix(42, FLEET, true, "position".equals(traffic));
        List<AisMessage> decoded = new ArrayList<>(MESSAGES);
        List<Long> times = new ArrayList<>(MESSAGES);
        AisDecoder decoder = new AisDecoder("bench", (message, reception) -> {
            decoded.add(message);
            times.add(reception.eventTimeMillis());
        });
        while (decoded.size() < MESSAGES) {
            mix.next(line -> decoder.decode(line, 0L));
        }
        messages = decoded.subList(0, MESSAGES).toArray(AisMessage[]::new);
        eventTimesMillis = times.stream().mapToLong(Long::longValue).limit(MESSAGES).toArray();
    }

    /** Every prepared message applied to a fresh tracker: one operation per message. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public VesselTracker apply() {
        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(land));
        for (int i = 0; i < messages.length; i++) {
            tracker.apply(messages[i], eventTimesMillis[i]);
        }
        return tracker;
    }
}
