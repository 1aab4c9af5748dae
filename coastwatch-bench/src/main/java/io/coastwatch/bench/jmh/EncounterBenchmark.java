package io.coastwatch.bench.jmh;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.RuleScope;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.rule.behaviour.EncounterRule;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Cost of the encounter rule per position as the number of live vessels grows: {@code vessels}
 * (1k, 10k, 100k), all slow and offshore so that every one is in the rule's proximity grid (the
 * worst case), reporting in turn once a minute of event time with a few metres of drift; the clock
 * ticks every minute of event time, as the engine's does. Layouts: {@code uniform} over the sea box
 * 105-117°E, 6-21°N (Viet Nam's waters and beyond; density grows with the count), or
 * {@code grounds}: fishing grounds of 100 vessels each within 3 km (constant density, about one
 * other vessel within 500 m: pairs form and encounters are raised). Seed 42. One operation is one
 * position judged. The flat curve is the point: the grid makes the cost depend on the vessels near
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
    private static final int GROUND_SIZE = 100;
    private static final double GROUND_RADIUS_DEGREES = 3_000 / 111_195.0;

    @Param({"1000", "10000", "100000"})
    public int vessels;

    @Param({"uniform", "grounds"})
    public String layout;

    private EncounterRule rule;
    private BenchVessel[] fleet;
    private double[] latitudes;
    private double[] longitudes;
    private final CountingDetections out = new CountingDetections();
    private int next;
    private long round;
    private long operations;
    private long cpuStartNanos;

    @Setup
    public void prepare() {
        Random random = new Random(42);
        RuleDefinition definition = new RuleDefinition("encounter", RuleType.ENCOUNTER, true, Severity.WARNING, Map.of(),
                RuleScope.EVERYTHING);
        rule = new EncounterRule(definition, new OpenSea());
        fleet = new BenchVessel[vessels];
        latitudes = new double[vessels];
        longitudes = new double[vessels];
        double groundLatitude = 0;
        double groundLongitude = 0;
        for (int i = 0; i < vessels; i++) {
            fleet[i] = new BenchVessel(574_000_000L + i);
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
        // three hours of event time so that the grid and the pairs are in their steady state
        for (int i = 0; i < 180 * vessels; i++) {
            judgeNext();
        }
        System.out.printf("%n%d vessels (%s): %d slow in the grid, %d encounters raised%n", vessels, layout,
                rule.slowVessels(), out.raised);
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
        return out.raised;
    }

    private void judgeNext() {
        int i = next;
        long timeMillis = START_MILLIS + round * MINUTE + i * MINUTE / vessels;
        double drift = ((i * 31 + round) % 7 - 3) * 1e-5;        // a few metres
        BenchVessel vessel = fleet[i];
        vessel.lastFix = new PositionFix(vessel.vesselId, timeMillis, latitudes[i] + drift, longitudes[i] - drift, 0.8,
                90, -1, 0, FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
        rule.onFix(vessel, vessel.lastFix, out);
        if (++next == vessels) {
            next = 0;
            round++;
            rule.onClock(timeMillis, out);
        }
    }

    /** A rule environment of open sea: no port, no zone, no registry. */
    private static final class OpenSea implements RuleEnvironment {
        private final ZoneIndex zones = new ZoneIndex(List.<Zone>of());

        @Override
        public VesselRegistry registry() {
            throw new UnsupportedOperationException("the encounter rule reads no registry");
        }

        @Override
        public ZoneIndex zones() {
            return zones;
        }

        @Override
        public double distanceToPortMetres(double latitude, double longitude) {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double distanceToShoreMetres(double latitude, double longitude) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** Counts what is raised, keeps nothing. */
    private static final class CountingDetections implements Detections {
        int raised;

        @Override
        public void holds(Detection detection) {
            raised++;
        }

        @Override
        public boolean isHolding(AlertKey key) {
            return false;
        }

        @Override
        public void ended(AlertKey key, long timeMillis) {
        }
    }

    /** The little of a vessel's state the encounter rule reads. */
    private static final class BenchVessel implements VesselState {
        final long vesselId;
        PositionFix lastFix;

        BenchVessel(long vesselId) {
            this.vesselId = vesselId;
        }

        @Override
        public long vesselId() {
            return vesselId;
        }

        @Override
        public VesselSnapshot snapshot() {
            return new VesselSnapshot(vesselId, (int) vesselId, 0, null, null, null, null, 30, 20, 6, Double.NaN, null,
                    Long.MIN_VALUE, "VN", lastFix, lastFix.timeMillis());
        }

        @Override
        public PositionFix lastFix() {
            return lastFix;
        }

        @Override
        public PositionFix previousFix() {
            return null;
        }

        @Override
        public List<Zone> zones() {
            return List.of();
        }

        @Override
        public List<Zone> previousZones() {
            return List.of();
        }

        @Override
        public List<Zone> crossedEdges() {
            return List.of();
        }

        @Override
        public boolean atSea() {
            return true;
        }

        @Override
        public long leftPortMillis() {
            return Long.MIN_VALUE;
        }

        @Override
        public double distanceToNationalLimitMetres() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public boolean beyondNationalLimit() {
            return false;
        }

        @Override
        public double distanceToShoreMetres() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public Optional<RegisteredVessel> registered() {
            return Optional.empty();
        }

        @Override
        public boolean isVietnamese() {
            return true;
        }

        @Override
        public boolean isFishingVessel() {
            return true;
        }

        @Override
        public long lastAisMillis() {
            return lastFix.timeMillis();
        }

        @Override
        public long lastVmsMillis() {
            return Long.MIN_VALUE;
        }

        @Override
        public List<PositionFix> recentFixes() {
            return List.of(lastFix);
        }
    }
}
