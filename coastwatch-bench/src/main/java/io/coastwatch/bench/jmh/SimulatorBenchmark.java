package io.coastwatch.bench.jmh;

import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.NmeaSink;
import io.coastwatch.sim.fleet.Fleet;
import io.coastwatch.sim.fleet.FleetBuilder;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulator speed, as fast as possible, to a sink that only counts: one operation is one run of a
 * scenario (its fleet built beforehand, outside the timing). {@code scenario=load-100k} runs one
 * simulated minute of 100 000 vessels (505 922 messages, the first minute's burst of static data
 * included); {@code scenario=demo}, six simulated hours of the Ninh Thuận demo (134 276 messages,
 * scripted events and their true tracks included). Divide the messages a run prints by its time for messages per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SimulatorBenchmark {

    @Param({"load-100k", "demo"})
    public String scenario;

    private Scenario loaded;
    private Area area;
    private Fleet fleet;

    /** Counts lines and drops them. */
    private static final class CountingSink implements NmeaSink {
        long lines;

        @Override
        public void write(String line) {
            lines++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Setup(Level.Trial)
    public void load() {
        Scenario builtIn = new ScenarioLoader().loadBuiltIn(scenario);
        loaded = builtIn.with(null, null, scenario.equals("demo") ? Duration.ofHours(6) : Duration.ofMinutes(1));
        area = Area.demo();
    }

    @Setup(Level.Invocation)
    public void buildFleet() {
        fleet = new FleetBuilder(loaded, area).build();
    }

    @Benchmark
    public long run() throws IOException {
        CountingSink sink = new CountingSink();
        return new Simulator(loaded, area, true).run(fleet, new Simulator.Outputs(sink, null, null, null)).transmitted();
    }
}
