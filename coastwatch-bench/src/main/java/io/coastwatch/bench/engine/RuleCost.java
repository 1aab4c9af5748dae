package io.coastwatch.bench.engine;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.geojson.DemoZones;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The rules' cost per message in CPU time of the thread that runs them, which a busy shared machine
 * disturbs far less than wall time: six simulated hours of the Ninh Thuận demo, decoded once, then
 * taken through a fresh tracker alone ({@code tracker}), a tracker and a rule engine that keeps its
 * vessel states but runs no rule ({@code states}), a tracker and an engine with the zone rules of
 * the default set ({@code zone}), and with the whole default set ({@code default}), in turn, for a number of rounds; the last half of the rounds are printed.
 *
 * <p>Usage: {@code RuleCost [ROUNDS]} (default 8).
 */
public final class RuleCost {
    /** The rules about zones and limits (package {@code rule.zone}); the others are about behaviour. */
    private static final Set<RuleType> ZONE_RULES = EnumSet.of(RuleType.ZONE_ENTRY, RuleType.ZONE_EXIT,
            RuleType.DWELL, RuleType.SPEED_IN_ZONE, RuleType.BOUNDARY_APPROACH, RuleType.PREDICTED_CROSSING,
            RuleType.BOUNDARY_CROSSED, RuleType.FOREIGN_VESSEL, RuleType.FISHING_WRONG_ZONE,
            RuleType.PROTECTED_AREA, RuleType.UNREGISTERED);
    private RuleCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path records = Files.createTempFile("coastwatch-rule-cost", ".json");
        List<String> lines = DemoTraffic.lines(Duration.ofHours(6), records);
        LandMask land = LandMask.vietnamRegion();
        List<AisMessage> messages = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("cost", (message, reception) -> {
            messages.add(message);
            times.add(reception.eventTimeMillis());
        });
        lines.forEach(line -> decoder.decode(line, 0L));
        EngineEnvironment environment = new EngineEnvironment(DemoZones.ninhThuan(new GeometryFactory()), new SimulatorRecords().read(Files.readString(records)), land);
        Files.delete(records);
        List<RuleDefinition> defaults = new RulesFile().defaults();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d messages of %d sentences%n", messages.size(), lines.size());
        for (int round = 0; round < rounds; round++) {
            for (String mode : List.of("tracker", "states", "zone", "default")) {
                VesselTracker tracker = new VesselTracker(new PlausibilityCheck(land));
                List<RuleDefinition> definitions = switch (mode) {
                    case "default" -> defaults;
                    case "zone" -> defaults.stream().filter(rule -> ZONE_RULES.contains(rule.type())).toList();
                    default -> List.of();
                };
                RuleEngine engine = new RuleEngine(definitions, environment.forAnotherEngine(), new StandardRules(),
                        detection -> { });
                boolean rules = !mode.equals("tracker");
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < messages.size(); i++) {
                    TrackUpdate update = tracker.apply(messages.get(i), times.get(i));
                    if (rules) {
                        engine.onUpdate(update);
                    }
                }
                long cpuNanos = threads.getCurrentThreadCpuTime() - start;
                if (round >= rounds / 2) {
                    System.out.printf(Locale.ROOT, "round %d %-8s %6.0f ns/message (CPU)%n", round, mode,
                            cpuNanos / (double) messages.size());
                }
            }
        }
    }
}
