package io.coastwatch.engine.rule;

import static io.coastwatch.engine.TestMessages.T0;
import static io.coastwatch.engine.TestMessages.classA;
import static io.coastwatch.engine.TestMessages.receive;
import static io.coastwatch.engine.TestMessages.voyage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.port.InMemoryVesselSnapshotStore;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class RuleEngineTest {
    static final LandMask LAND = LandMask.vietnamRegion();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int MMSI = 574_001_234;
    private static final long MINUTE = 60_000;

    private final List<Detection> detections = new CopyOnWriteArrayList<>();

    /** The schematic national limit of the demo (110.20°E), the coast to the west. */
    static Zone nationalLimit() {
        return new Zone("LIMIT", "national limit", ZoneKind.NATIONAL_LIMIT, GEOMETRY.createLineString(
                new Coordinate[] {new Coordinate(110.20, 10.80), new Coordinate(110.20, 11.87)}));
    }

    static RuleDefinition rule(String id, RuleType type, Severity severity, Map<String, String> parameters) {
        return new RuleDefinition(id, type, true, severity, parameters, RuleScope.EVERYTHING);
    }

    /** The whole engine, as {@link Engine#builder()} assembles it, its detections collected. */
    private Engine assemble(List<Zone> zones, RuleDefinition... rules) {
        return Engine.builder().track(new VesselTracker(new PlausibilityCheck(LAND)))
                .history(new InMemoryPositionStore(), new InMemoryVesselSnapshotStore())
                .zones(new EngineEnvironment(zones, InMemoryVesselRegistry.EMPTY, LAND))
                .rules(new StandardRules(), List.of(rules))
                .alerts(detections::add).build();
    }

    private RuleEngine engine(List<Zone> zones, RuleDefinition... rules) {
        return new RuleEngine(List.of(rules), new EngineEnvironment(zones, InMemoryVesselRegistry.EMPTY, LAND),
                new StandardRules(), detections::add);
    }

    private static void offer(Pipeline pipeline, AisMessage message, long timeMillis) {
        receive(message, timeMillis, "r1", pipeline::offer);
    }

    /** The detections of a rule, as phase and severity. */
    private List<String> seen(String ruleId) {
        List<String> seen = new ArrayList<>();
        for (Detection d : detections) {
            if (d.ruleId().equals(ruleId)) {
                seen.add(d.phase() + " " + d.severity());
            }
        }
        return seen;
    }

    /** The changes of a rule's alert: {@link #seen} without the repeats of a condition that holds on. */
    private List<String> changes(String ruleId) {
        List<String> changes = new ArrayList<>();
        for (String step : seen(ruleId)) {
            if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(step)) {
                changes.add(step);
            }
        }
        return changes;
    }

    private List<Double> places(String ruleId) {
        List<Double> places = new ArrayList<>();
        for (Detection d : detections) {
            if (d.ruleId().equals(ruleId)) {
                places.add(Math.round(d.longitude() * 100) / 100.0);
            }
        }
        return places;
    }

    @Test
    void aVietnameseFishingVesselHeadingOutIsWarnedThenCaughtCrossingThenBack() {
        Engine engine = assemble(List.of(nationalLimit()),
                rule("approach", RuleType.BOUNDARY_APPROACH, Severity.WARNING, Map.of()),
                rule("predicted", RuleType.PREDICTED_CROSSING, Severity.WARNING, Map.of()),
                rule("crossed", RuleType.BOUNDARY_CROSSED, Severity.CRITICAL, Map.of()));
        Pipeline pipeline = engine.pipeline();
        pipeline.start();
        offer(pipeline, voyage(MMSI, 0, "3WAB", "NT 90123 TS", "CA NA"), T0);
        // Reports at 10 kn, as the reports say: 109.60 is 35 nm from the limit, 109.95 14.7 nm, 110.12 4.7 nm,
        // 110.17 1.8 nm, 110.25 and 110.30 beyond, 110.10 back inside (5.9 nm), 109.80 21.6 nm.
        double[] longitudes = {109.60, 109.95, 110.12, 110.17, 110.25, 110.30, 110.10, 109.80};
        long timeMillis = T0;
        for (int i = 0; i < longitudes.length; i++) {
            double metres = i == 0 ? 0 : GreatCircle.distanceMetres(11.30, longitudes[i - 1], 11.30, longitudes[i]);
            timeMillis += Math.round(metres / (10 * 1852.0) * 3_600_000) + MINUTE;
            offer(pipeline, classA(MMSI, 11.30, longitudes[i], i), timeMillis);
        }
        pipeline.close();

        assertEquals(List.of("approach", "predicted", "crossed"), engine.rules().runningRuleIds());
        // 10 kn east (the reports' course): across within 2 h from 109.95 until across; again back inside.
        assertEquals(List.of("RAISED WARNING", "RAISED WARNING", "RAISED WARNING", "ENDED WARNING", "RAISED WARNING",
                "ENDED WARNING"), seen("predicted"), "repeated while it holds: reports an hour apart");
        assertEquals(List.of(longitudes[1], longitudes[2], longitudes[3], longitudes[3], longitudes[6],
                longitudes[6]), places("predicted"), "ended at its last detection's place");
        assertEquals(List.of("RAISED WARNING", "ENDED WARNING", "RAISED WARNING", "ENDED WARNING"),
                changes("predicted"));
        assertEquals(List.of("RAISED WARNING", "RAISED CRITICAL", "ENDED CRITICAL"), seen("approach"));
        assertEquals(List.of(longitudes[2], longitudes[3], longitudes[3]), places("approach"),
                "ended at its last detection's place, when the vessel crossed");
        assertEquals(List.of("RAISED CRITICAL", "RAISED CRITICAL", "ENDED CRITICAL"), seen("crossed"));
        assertEquals(List.of(longitudes[4], longitudes[5], longitudes[5]), places("crossed"));
    }

    @Test
    void timersRunOnEventTimeAndARemovedRuleEndsItsAlerts() {
        Zone restricted = new Zone("R1", "firing range", ZoneKind.RESTRICTED_AREA,
                GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(109.5, 11.0), new Coordinate(109.7, 11.0),
                    new Coordinate(109.7, 11.2), new Coordinate(109.5, 11.2), new Coordinate(109.5, 11.0)}));
        RuleEngine engine = engine(List.of(restricted), rule("dwell", RuleType.DWELL, Severity.WARNING,
                Map.of("duration", "30m")));
        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(LAND));
        engine.onUpdate(tracker.apply(classA(MMSI, 11.10, 109.60, 0), T0));
        // No fix for an hour: the clock ticks on other vessels' event time.
        for (int i = 1; i <= 60; i++) {
            engine.onUpdate(tracker.apply(classA(574_009_999, 11.5, 109.9, i), T0 + i * MINUTE));
        }
        engine.replaceRules(List.of());
        engine.onUpdate(tracker.apply(classA(574_009_999, 11.5, 109.9, 61), T0 + 61 * MINUTE));

        List<Long> minutes = new ArrayList<>();
        for (Detection d : detections) {
            minutes.add((d.timeMillis() - T0) / MINUTE);
        }
        assertEquals(List.of(30L, 35L, 40L, 45L, 50L, 55L, 60L, 60L), minutes,
                "raised from the clock at 30 min of event time, repeated every 5 min while it holds, ended once"
                        + " at the latest event time when the rule went");
        assertEquals(List.of("RAISED WARNING", "RAISED WARNING", "RAISED WARNING", "RAISED WARNING", "RAISED WARNING",
                "RAISED WARNING", "RAISED WARNING", "ENDED WARNING"), seen("dwell"));
        assertTrue(engine.runningRuleIds().isEmpty());
    }
}
