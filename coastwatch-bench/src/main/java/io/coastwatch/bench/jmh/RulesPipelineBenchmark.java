package io.coastwatch.bench.jmh;

import io.coastwatch.bench.engine.DemoTraffic;
import io.coastwatch.bench.engine.DiscardingStores;
import io.coastwatch.bench.engine.PipelineFeed;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.alert.lifecycle.InMemoryAlerts;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineStats;
import io.coastwatch.engine.port.AlertRepository;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.geojson.DemoZones;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentences per second end to end with the rules: NMEA text decoded on the benchmark thread, offered
 * to a {@link Pipeline} whose writer thread deduplicates, tracks, stores ({@code storage=none}: stores
 * that discard; {@code sqlite}: a SQLite database, positions flushed before the clock stops) and runs
 * the rules ({@code rules=default}: the default rule set over the demo zones with the fleet's registry;
 * {@code none}: no rules), the engine assembled by {@link Engine#builder()}. Their detections go
 * ({@code alerts=count}) to a counter, or ({@code alerts=lifecycle}) through the real alert life cycle,
 * an {@link AlertBook} on the writer thread over the database's alerts ({@code storage=sqlite}: every
 * change a transaction, as the server's alert worker does on its own thread) or in memory. The traffic is six simulated hours of the Ninh
 * Thuận demo scenario (its fleet, lane, scripted events; every vessel inside the demo zones), made
 * once per trial. The offering thread waits for room rather than drop. One operation replays all the
 * sentences (their number is printed at the end of each trial) through a fresh pipeline and engine,
 * on a fresh database (opened and deleted outside the timed operation: a database holding earlier
 * replays would make each start replay them to warm the rules up, and so measure restarts):
 * sentences per second = sentences / time per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RulesPipelineBenchmark {
    @Param({"none", "sqlite"})
    public String storage;

    @Param({"none", "default"})
    public String rules;

    @Param({"count", "lifecycle"})
    public String alerts;

    private final LandMask land = LandMask.vietnamRegion();
    private final DiscardingStores discarding = new DiscardingStores();
    private final LongAdder detections = new LongAdder();
    private List<String> lines;
    /**
     * The zones, registry and distance-to-shore grid, built once per trial and kept warm across
     * invocations, as a running server keeps them (a fresh grid would make every replay fill its cells).
     */
    private EngineEnvironment world;
    /** Fresh for each invocation (its zones stage holds the vessels' places), made outside the timed operation. */
    private EngineEnvironment environment;
    private List<RuleDefinition> definitions;
    private Path directory;
    private Database database;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        directory = Files.createTempDirectory("coastwatch-rules-bench");
        Path records = directory.resolve("records.json");
        lines = List.copyOf(DemoTraffic.lines(Duration.ofHours(6), records));
        world = new EngineEnvironment(DemoZones.ninhThuan(new GeometryFactory()),
                new SimulatorRecords().read(Files.readString(records)), land);
        definitions = new RulesFile().defaults();
    }

    @Setup(Level.Invocation)
    public void openDatabase() {
        environment = world.forAnotherEngine();
        if (storage.equals("sqlite")) {
            database = Database.open(new StoreSettings("jdbc:sqlite:" + directory.resolve("bench.db"), null, null,
                    Duration.ZERO));
        }
    }

    @TearDown(Level.Invocation)
    public void deleteDatabase() throws IOException {
        if (database != null) {
            database.close();
            database = null;
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(path -> path.getFileName().toString().startsWith("bench.db")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void clean() throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.out.printf("%n%d sentences per invocation; %d detections (alerts=count) or alert changes (lifecycle) in the last"
                + " invocation%n", lines.size(),
                detections.sum());
    }

    /** Every sentence decoded and taken through a fresh pipeline (and rule engine). */
    @Benchmark
    public PipelineStats replay() {
        PositionStore positions = database == null ? discarding : database.positions();
        VesselSnapshotStore snapshots = database == null ? discarding : database.vessels();
        detections.reset();
        Engine.Builder engine = Engine.builder().track(new VesselTracker(new PlausibilityCheck(land)))
                .history(positions, snapshots);
        if (rules.equals("default")) {
            engine.zones(environment)
                .rules(new StandardRules(), definitions);
            if (alerts.equals("lifecycle")) {
                AlertRepository repository = database == null ? new InMemoryAlerts() : database.alerts();
                engine.alerts(new AlertBook(repository), change -> detections.increment());
            } else {
                engine.alerts(detection -> detections.increment());
            }
        }
        Pipeline pipeline = engine.build().pipeline();
        pipeline.start();
        PipelineFeed.decodeInto(pipeline, lines);
        pipeline.close();
        return pipeline.stats();
    }
}
