package io.coastwatch.bench.jmh;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.geojson.DemoZones;
import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.NmeaSink;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.GeometryFactory;
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
 * The rules' own cost, on one thread: the messages of six simulated hours of the Ninh Thuận demo
 * (decoded once, before the measurement) taken through a fresh tracker ({@code trackerOnly}), or a
 * fresh tracker and a fresh {@link RuleEngine} with the default rule set, the demo zones and the
 * fleet's registry ({@code trackerAndRules}). One operation replays every message (their number is
 * printed at setup): the rules cost the difference, per message. Less sensitive to a busy machine
 * than the end-to-end {@link RulesPipelineBenchmark}, which hands over between threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RuleEngineBenchmark {
    /** The rules: {@code default} (the default set) or {@code none} (the engine keeps its vessel states only). */
    @Param({"default", "none"})
    public String rules;

    private final LandMask land = LandMask.vietnamRegion();
    private final List<AisMessage> messages = new ArrayList<>();
    private long[] timesMillis;
    private EngineEnvironment environment;
    private List<RuleDefinition> definitions;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Scenario scenario = new ScenarioLoader().loadDemo().with(null, null, Duration.ofHours(6));
        Path records = Files.createTempFile("coastwatch-rules-bench", ".json");
        List<String> lines = new ArrayList<>();
        new Simulator(scenario, Area.demo(), true).run(new Simulator.Outputs(new NmeaSink() {
            @Override
            public void write(String line) {
                lines.add(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, null, null, records));
        List<Long> times = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("bench", (message, reception) -> {
            messages.add(message);
            times.add(reception.eventTimeMillis());
        });
        lines.forEach(line -> decoder.decode(line, 0L));
        timesMillis = times.stream().mapToLong(Long::longValue).toArray();
        environment = new EngineEnvironment(DemoZones.ninhThuan(new GeometryFactory()),
                new SimulatorRecords().read(Files.readString(records)), land);
        Files.delete(records);
        definitions = rules.equals("none") ? List.of() : new RulesFile().defaults();
        System.out.printf("%n%d messages of %d sentences%n", messages.size(), lines.size());
    }

    /** Every message through a fresh tracker: the reference. */
    @Benchmark
    public int trackerOnly() {
        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(land));
        for (int i = 0; i < timesMillis.length; i++) {
            tracker.apply(messages.get(i), timesMillis[i]);
        }
        return tracker.size();
    }

    /** Every message through a fresh tracker and a fresh engine with the default rules. */
    @Benchmark
    public int trackerAndRules() {
        int[] detections = {0};
        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(land));
        RuleEngine engine = new RuleEngine(definitions, environment, detection -> detections[0]++);
        for (int i = 0; i < timesMillis.length; i++) {
            engine.onUpdate(tracker.apply(messages.get(i), timesMillis[i]));
        }
        return detections[0];
    }
}
