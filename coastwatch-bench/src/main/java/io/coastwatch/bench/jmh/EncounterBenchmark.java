package io.coastwatch.bench.jmh;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RuleScope;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the encounter rule per position as the number of live vessels grows, in the real
 * {@link RuleEngine} (its vessel state kept per vessel, its event clock) running that one rule:
 * {@code vessels}
 * (1k, 10k, 100k), all slow and offshore so that every one is in the rule's proximity grid (the
 * worst case), reporting in turn once a minute of event time with a few metres of drift (the
 * encounter's duration is 10 minutes instead of 2 h so that the set-up reaches the steady state
 * sooner: every pair that stays together is raised then, as it would be after 2 h); the clock
 * ticks every minute of event time, as the engine's does. Layouts: {@code uniform} over the sea box
 * 105-117°E, 6-21°N (Viet Nam's waters and beyond; density grows with the count), or
 * {@code grounds}: fishing grounds of 100 vessels each within 3 km (constant density, about one
 * other vessel within 500 m: pairs form and encounters are raised). Seed 42. One operation is one
 * position judged; {@code rules=none} gives the engine's own cost per position (its vessel state),
 * which the rule's is the difference from. The flat curve is the point: the grid makes the cost depend on the vessels near
 * a position, not on how many there are.
 *
 * <p>Besides JMH's wall-clock average, each iteration prints the benchmark thread's CPU time per
 * operation ({@code cpu ns/op}): on a shared, loaded machine wall time mostly measures the wait for a
 * core, CPU time the work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EncounterBenchmark {
    private static final long START_MILLIS = 1_748_736_000_000L;
    private static final long MINUTE = 60_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The encounter's duration here: short, so that a short set-up reaches the steady state. */
    private static final String DURATION = "10m";
    private static final int SETUP_ROUNDS = 15;
    private static final int GROUND_SIZE = 100;
    private static final double GROUND_RADIUS_DEGREES = 3_000 / 111_195.0;

    @Param({"1000", "10000", "100000"})
    public int vessels;

    @Param({"uniform", "grounds"})
    public String layout;

    /** {@code encounter}: the engine runs the encounter rule; {@code none}: no rule, the engine's own cost. */
    @Param({"encounter", "none"})
    public String rules;

    private RuleEngine engine;
    private double[] latitudes;
    private double[] longitudes;
    private int raised;
    private int next;
    private long round;
    private long operations;
    private long cpuStartNanos;

    @Setup
    public void prepare() {
        Random random = new Random(42);
        RuleDefinition definition = new RuleDefinition("encounter", RuleType.ENCOUNTER, true, Severity.WARNING,
                Map.of("duration", DURATION),
                RuleScope.EVERYTHING);
        engine = new RuleEngine(rules.equals("none") ? List.of() : List.of(definition), new EngineEnvironment(List.of(), InMemoryVesselRegistry.EMPTY,
                LandMask.vietnamRegion()), new StandardRules(), detection -> raised++);
        latitudes = new double[vessels];
        longitudes = new double[vessels];
        double groundLatitude = 0;
        double groundLongitude = 0;
        for (int i = 0; i < vessels; i++) {
            if (layout.equals("uniform")) {
                latitudes[i] = 6 + random.nextDouble() * 15;
                longitudes[i] = 105 + random.nextDouble() * 12;
            } else {
                if (i % GROUND_SIZE == 0) {
                    groundLatitude = 6 + random.nextDouble() * 15;
                    groundLongitude = 105 + random.nextDouble() * 12;
                }
                double r = GROUND_RADIUS_DEGREES * Math.sqrt(random.nextDouble());
                double a = random.nextDouble() * 2 * Math.PI;
                latitudes[i] = groundLatitude + r * Math.sin(a);
                longitudes[i] = groundLongitude + r * Math.cos(a) / Math.cos(Math.toRadians(groundLatitude));
            }
        }
        // a quarter of an hour of event time: the grid full, the pairs together long enough to be raised
        for (int i = 0; i < SETUP_ROUNDS * vessels; i++) {
            judgeNext();
        }
        System.out.printf("%n%d vessels (%s): %d encounter detections passed on%n", vessels, layout, raised);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        operations = 0;
        cpuStartNanos = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuTime() {
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStartNanos;
        System.out.printf(" [cpu %.0f ns/op]", (double) cpuNanos / operations);
    }

    @Benchmark
    public int judgeOnePosition() {
        operations++;
        judgeNext();
        return raised;
    }

    private void judgeNext() {
        int i = next;
        long timeMillis = START_MILLIS + round * MINUTE + i * MINUTE / vessels;
        double drift = ((i * 31 + round) % 7 - 3) * 1e-5;        // a few metres
        long vesselId = 574_000_000L + i;
        PositionFix fix = new PositionFix(vesselId, timeMillis, latitudes[i] + drift, longitudes[i] - drift, 0.8, 90, -1,
                0, FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
        engine.onUpdate(new TrackUpdate(fix, new VesselSnapshot(vesselId, (int) vesselId, 0, null, null, null, null, 30,
                20, 6, Double.NaN, null, Long.MIN_VALUE, "VN", fix, timeMillis)));
        if (++next == vessels) {
            next = 0;
            round++;
        }
    }
}
