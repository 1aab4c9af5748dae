package io.coastwatch.engine.quality;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.alert.lifecycle.AlertChange;
import io.coastwatch.engine.alert.lifecycle.InMemoryAlerts;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.pipeline.VmsReport;
import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.port.InMemoryVesselSnapshotStore;
import io.coastwatch.engine.registry.RegistryImportException;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.rule.DeclaredFigures;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.geojson.DemoZones;
import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.StreamSink;
import io.coastwatch.sim.emit.VmsSink;
import io.coastwatch.sim.fleet.TruthEvent;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import io.coastwatch.sim.score.DetectionScorer;
import io.coastwatch.sim.score.ObservedAlert;
import io.coastwatch.sim.score.RuleScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Runs a simulator scenario through the engine as the product runs it: the simulator's NMEA decoded by
 * the real decoder and its VMS reports, in event-time order, offered to a {@link Pipeline} (in-memory
 * stores) assembled by {@link Engine#builder()}, whose rules run over the demo zones (with their ports,
 * anchorages and schematic national limit, which must be the scenario's) with the registry of the
 * simulator's records, and whose alerts go through the real life cycle ({@link AlertBook}): the
 * alerts an officer sees raised are what is scored.
 */
final class SimulatedRun {
    /** How long after a behaviour's end an alert still counts for it. */
    static final long SLACK_MILLIS = Duration.ofMinutes(30).toMillis();

    private SimulatedRun() {
    }

    /** What a run produced; {@code changes}: every change of an alert, in order. */
    record Result(List<TruthEvent> truth, List<ObservedAlert> alerts, List<Alert> stored, List<AlertChange> changes,
            long inputs) {
    }

    static Result run(Scenario scenario, List<RuleDefinition> rules, Path workDir)
            throws IOException, RegistryImportException {
        Area area = Area.demo();
        ByteArrayOutputStream nmea = new ByteArrayOutputStream();
        List<io.coastwatch.sim.emit.VmsLine> vms = new ArrayList<>();
        Path records = workDir.resolve("records.json");
        Simulator.Result simulated = new Simulator(scenario, area, true).run(new Simulator.Outputs(new StreamSink(nmea),
                new VmsSink() {
                    @Override
                    public void send(List<io.coastwatch.sim.emit.VmsLine> batch) {
                        vms.addAll(batch);
                    }

                    @Override
                    public void close() {
                    }
                }, workDir.resolve("truth.csv"), records));

        List<VmsReport> vmsReports = new ArrayList<>();
        for (io.coastwatch.sim.emit.VmsLine report : vms) {
            long time = Instant.parse(report.time()).toEpochMilli();
            vmsReports.add(new VmsReport(report.registrationNumber(), report.vmsDeviceId(), time, report.lat(),
                    report.lon(), report.speedKnots(), report.courseDegrees()));
        }
        vmsReports.sort(Comparator.comparingLong(VmsReport::timeMillis));
        String[] lines = nmea.toString(StandardCharsets.US_ASCII).split("\r?\n");

        LandMask land = LandMask.vietnamRegion();
        EngineEnvironment environment = new EngineEnvironment(zones(scenario),
                new SimulatorRecords().read(Files.readString(records)), land);
        PipelineSettings defaults = PipelineSettings.DEFAULTS;
        InMemoryAlerts stored = new InMemoryAlerts();
        List<AlertChange> changes = new ArrayList<>();
        Pipeline pipeline = Engine.builder()
                .deduplicate(new PipelineSettings(lines.length + vmsReports.size() + 1,
                        defaults.duplicateWindowMillis(), defaults.duplicateCapacity(), defaults.snapshotIntervalMillis()))
                .track(new VesselTracker(new PlausibilityCheck(land)))
                .history(new InMemoryPositionStore(), new InMemoryVesselSnapshotStore())
                .zones(environment)
                .rules(new StandardRules(), rules)
                .alerts(new AlertBook(stored), changes::add)
                .build().pipeline();
        pipeline.start();
        // The NMEA is in event-time order; each VMS report goes in before the first message after it.
        int[] nextVms = {0};
        AisDecoder decoder = new AisDecoder("sim", (message, reception) -> {
            while (nextVms[0] < vmsReports.size()
                    && vmsReports.get(nextVms[0]).timeMillis() <= reception.eventTimeMillis()) {
                pipeline.offer(vmsReports.get(nextVms[0]++));
            }
            pipeline.offer(message, reception);
        });
        for (String line : lines) {
            decoder.decode(line, scenario.start().toEpochMilli());
        }
        while (nextVms[0] < vmsReports.size()) {
            pipeline.offer(vmsReports.get(nextVms[0]++));
        }
        pipeline.close();
        if (pipeline.stats().dropped() != 0 || pipeline.stats().failures() != 0) {
            throw new IllegalStateException("pipeline dropped or failed: " + pipeline.stats());
        }
        return new Result(simulated.truth(), raised(changes, pipeline), stored.all(), changes, pipeline.stats().offered());
    }

    /**
     * Runs the demo scenario (its seed) for 24 h through the engine with the default rules of
     * {@code types}, and scores their alerts against the ground truth of those rules (an alert up to
     * 30 minutes after a behaviour's end still counts); prints the table. Checks that every alert, at
     * every change, carries only the figures its rule type declares, and all of them at least once.
     */
    static Map<String, RuleScore> scoreDemo(Set<RuleType> types, Path workDir) throws IOException, RegistryImportException {
        Scenario scenario = new ScenarioLoader().loadDemo().with(null, null, Duration.ofHours(24));
        List<RuleDefinition> rules = new RulesFile().defaults().stream().filter(rule -> types.contains(rule.type())).toList();
        System.out.println("demo scenario, seed " + scenario.seed() + ", " + scenario.duration());
        Result run = run(scenario, rules, workDir);
        Map<String, RuleScore> scores = new DetectionScorer(SLACK_MILLIS).score(run.truth().stream()
                .filter(event -> types.stream().anyMatch(type -> type.slug().equals(event.ruleId()))).toList(), run.alerts());
        System.out.println(run.inputs() + " inputs, " + run.stored().size() + " alerts stored, " + run.alerts().size()
                + " raised (opened, or holding again after their condition ended)");
        System.out.print(DetectionScorer.table(scores));
        DeclaredFigures.assertCarried(run.changes().stream()
                .map(change -> Map.entry(change.alert().ruleType(), change.alert().figures())).toList(), types);
        return scores;
    }

    /**
     * The alerts as an officer sees them raised: each alert when it opens, and again when its condition,
     * having ended, holds again (the alert shows it holding anew), as the scorer's alerts.
     */
    private static List<ObservedAlert> raised(List<AlertChange> changes, Pipeline pipeline) {
        Map<Long, Boolean> ended = new HashMap<>();
        List<ObservedAlert> alerts = new ArrayList<>();
        Consumer<Alert> observe = alert -> {
            VesselSnapshot vessel = pipeline.vessel(alert.vesselId()).orElseThrow();
            int other = alert.otherVesselId() == 0 ? 0
                    : pipeline.vessel(alert.otherVesselId()).map(VesselSnapshot::mmsi).orElse(0);
            alerts.add(new ObservedAlert(alert.ruleType().slug(), vessel.mmsi(), vessel.registrationNumber(), other,
                    alert.lastMillis()));
        };
        for (AlertChange change : changes) {
            Alert alert = change.alert();
            Boolean wasEnded = ended.put(alert.id(), alert.ended());
            if (change.created() || (Boolean.TRUE.equals(wasEnded) && !alert.ended())) {
                observe.accept(alert);
            }
        }
        return alerts;
    }

    /** The demo zones, as the product seeds them: ports, anchorages and the schematic national limit included. */
    static List<Zone> zones(Scenario scenario) {
        List<Zone> zones = DemoZones.ninhThuan(new GeometryFactory());
        List<Coordinate> scenarioLimit = scenario.geography().nationalLimit().stream()
                .map(point -> new Coordinate(point.lon(), point.lat())).toList();
        Zone limit = zones.stream().filter(zone -> zone.kind() == ZoneKind.NATIONAL_LIMIT).findFirst().orElseThrow();
        if (!List.of(limit.geometry().getCoordinates()).equals(scenarioLimit)) {
            throw new IllegalStateException("the scenario's national limit " + scenarioLimit
                    + " is not the demo zones' " + List.of(limit.geometry().getCoordinates()));
        }
        return zones;
    }
}
