package io.coastwatch.bench.engine;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.geojson.DemoZones;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Retained heap of the rule engine's per-vessel state (recent fixes, zones, port state, each rule's
 * own state), on top of the tracker's live state ({@link LiveStateFootprint}): {@code HOURS} simulated
 * hours of the Ninh Thuận demo (about 120 vessels reporting every few seconds to minutes) go through a
 * tracker and a rule engine running the default rule set; the heap in use after garbage collection is
 * read with both, then with the tracker alone (the engine dropped); the difference is divided by the
 * vessels seen.
 *
 * <p>Run: {@code java -Xmx2g -cp coastwatch-bench/target/benchmarks.jar
 * io.coastwatch.bench.engine.RuleStateFootprint [HOURS]} (default 6: the recent-fix window of
 * four hours is full).
 */
public final class RuleStateFootprint {

    private RuleStateFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int hours = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path records = Files.createTempFile("coastwatch-rule-footprint", ".json");
        List<String> lines = DemoTraffic.lines(Duration.ofHours(hours), records);
        LandMask land = LandMask.vietnamRegion();
        EngineEnvironment environment = new EngineEnvironment(DemoZones.ninhThuan(new GeometryFactory()),
                new SimulatorRecords().read(Files.readString(records)), land);
        Files.delete(records);

        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(land));
        RuleEngine engine = new RuleEngine(new RulesFile().defaults(), environment, new StandardRules(),
                detection -> { });
        feed(lines, tracker, engine);
        int vessels = tracker.size();

        long withEngine = LiveStateFootprint.usedHeapAfterGc();
        engine = null; // main runs interpreted: a local stays reachable until it is cleared
        long trackerOnly = LiveStateFootprint.usedHeapAfterGc();
        Reference.reachabilityFence(tracker);
        Reference.reachabilityFence(lines);

        System.out.printf(Locale.ROOT, "%d simulated hours, %d vessels%n", hours, vessels);
        System.out.printf(Locale.ROOT, "rule engine's state: %.0f bytes per vessel%n",
                (withEngine - trackerOnly) / (double) vessels);
    }

    /** Decodes {@code lines} and takes every message through the tracker and the engine. */
    private static void feed(List<String> lines, VesselTracker tracker, RuleEngine engine) {
        AisDecoder decoder = new AisDecoder("footprint",
                (message, reception) -> engine.onUpdate(tracker.apply(message, reception.eventTimeMillis())));
        lines.forEach(line -> decoder.decode(line, 0L));
    }
}
