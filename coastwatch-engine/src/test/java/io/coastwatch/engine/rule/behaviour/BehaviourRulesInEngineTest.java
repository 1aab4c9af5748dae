package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.TestMessages.T0;
import static io.coastwatch.engine.TestMessages.receive;
import static io.coastwatch.engine.TestMessages.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.pipeline.VmsReport;
import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.port.InMemoryVesselSnapshotStore;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RuleScope;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The behaviour rules in the real engine: AIS sentences decoded, tracked (plausibility, identity
 * linking), the vessel state kept by the {@link RuleEngine} (at sea with the port hysteresis, registry
 * match) and its event clock; each case with its look-alike.
 */
class BehaviourRulesInEngineTest {
    private static final LandMask LAND = LandMask.vietnamRegion();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    /** Ninh Chu harbour, as a small port zone. */
    private static final Zone PORT = new Zone("PORT-NINHCHU", "Ninh Chu", ZoneKind.PORT,
            new GeometryFactory().toGeometry(new Envelope(109.03, 109.046, 11.617, 11.633)));
    private static final double PORT_LAT = 11.625;
    private static final double PORT_LON = 109.038;

    private final List<Detection> detections = new CopyOnWriteArrayList<>();
    private int radio;

    private Pipeline pipeline(InMemoryVesselRegistry registry, RuleType... types) {
        return pipeline(new InMemoryVesselSnapshotStore(), registry, types);
    }

    /** A pipeline with a fresh rule engine over {@code snapshots}: restored from them at start. */
    private Pipeline pipeline(InMemoryVesselSnapshotStore snapshots, InMemoryVesselRegistry registry, RuleType... types) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (RuleType type : types) {
            rules.add(new RuleDefinition(type.slug(), type, true, Severity.WARNING, Map.of(), RuleScope.EVERYTHING));
        }
        Pipeline pipeline = Engine.builder().track(new VesselTracker(new PlausibilityCheck(LAND)))
                .history(new InMemoryPositionStore(), snapshots)
                .zones(new EngineEnvironment(List.of(PORT), registry, LAND))
                .rules(new StandardRules(), rules)
                .alerts(detections::add).build().pipeline();
        pipeline.start();
        return pipeline;
    }

    /** A class A report at {@code speedKnots}, course 90°; each one distinct (radio status). */
    private void report(Pipeline pipeline, int mmsi, double latitude, double longitude, double speedKnots, long timeMillis) {
        PositionReportClassA message = new PositionReportClassA(1, 0, mmsi, 0, 0, (int) Math.round(speedKnots * 10), false,
                units(longitude), units(latitude), 900, 91, 30, 0, 0, false, radio++ & 0x7FFFF);
        receive(message, timeMillis, "r1", pipeline::offer);
    }

    private List<Detection> raised(RuleType type) {
        return detections.stream().filter(d -> d.ruleType() == type && d.phase() == Detection.Phase.RAISED).toList();
    }

    private Set<Long> vesselsRaised(RuleType type) {
        return new TreeSet<>(raised(type).stream().map(Detection::vesselId).toList());
    }

    @Test
    void aVesselSilentAtSeaIsDarkButOneMooredInPortIsNot() {
        Pipeline pipeline = pipeline(InMemoryVesselRegistry.EMPTY, RuleType.DARK_VESSEL);
        int atSea = 574_700_001;
        int moored = 574_700_002;
        int clock = 574_700_003;     // reports on, so that event time goes on
        for (long t = T0; t <= T0 + 10 * HOUR; t += 3 * MINUTE) {
            if (t < T0 + HOUR) {
                report(pipeline, moored, PORT_LAT, PORT_LON, 0, t);
                report(pipeline, atSea, 11.3, 109.6, 3, t);
            }
            report(pipeline, clock, 11.2, 109.5, 3, t);
        }
        pipeline.close();
        assertEquals(Set.of((long) atSea), vesselsRaised(RuleType.DARK_VESSEL));
        long lastReport = T0 + HOUR - 3 * MINUTE;
        long firstAlert = raised(RuleType.DARK_VESSEL).getFirst().timeMillis();
        assertTrue(firstAlert >= lastReport + 6 * HOUR && firstAlert <= lastReport + 6 * HOUR + 2 * MINUTE,
                "6 h after its last report: " + (firstAlert - lastReport) / MINUTE + " min");
    }

    @Test
    void aVesselThatWentDarkBeforeARestartIsStillFoundAfterIt() {
        InMemoryVesselSnapshotStore snapshots = new InMemoryVesselSnapshotStore();
        int atSea = 574_700_005;
        int clock = 574_700_006;
        Pipeline before = pipeline(snapshots, InMemoryVesselRegistry.EMPTY, RuleType.DARK_VESSEL);
        for (long t = T0; t < T0 + HOUR; t += 3 * MINUTE) {
            report(before, atSea, 11.3, 109.6, 3, t);
            report(before, clock, 11.2, 109.5, 3, t);
        }
        before.close();   // saves the vessel states: the restart
        Pipeline after = pipeline(snapshots, InMemoryVesselRegistry.EMPTY, RuleType.DARK_VESSEL);
        for (long t = T0 + HOUR; t <= T0 + 9 * HOUR; t += 3 * MINUTE) {
            report(after, clock, 11.2, 109.5, 3, t);
        }
        after.close();
        assertEquals(Set.of((long) atSea), vesselsRaised(RuleType.DARK_VESSEL), "only the silent one, after the restart");
        long lastReport = T0 + HOUR - 3 * MINUTE;
        long firstAlert = raised(RuleType.DARK_VESSEL).getFirst().timeMillis();
        assertTrue(firstAlert >= lastReport + 6 * HOUR && firstAlert <= lastReport + 6 * HOUR + 2 * MINUTE,
                "6 h after its last report: " + (firstAlert - lastReport) / MINUTE + " min");
    }

    @Test
    void twoVesselsSlowTogetherOffshoreMeetButTwoMooredSideBySideDoNot() {
        Pipeline pipeline = pipeline(InMemoryVesselRegistry.EMPTY, RuleType.ENCOUNTER);
        int a = 574_700_011;
        int b = 574_700_012;
        for (long t = T0; t <= T0 + 3 * HOUR; t += 3 * MINUTE) {
            report(pipeline, a, 11.3, 109.6, 0.8, t);
            report(pipeline, b, 11.3009, 109.6, 0.6, t + MINUTE);
            report(pipeline, 574_700_013, PORT_LAT, PORT_LON, 0, t);
            report(pipeline, 574_700_014, PORT_LAT + 0.0001, PORT_LON, 0, t + MINUTE);
        }
        pipeline.close();
        assertEquals(Set.of((long) a), vesselsRaised(RuleType.ENCOUNTER));
        Detection first = raised(RuleType.ENCOUNTER).getFirst();
        assertEquals(b, first.otherVesselId());
        assertTrue(first.timeMillis() >= T0 + 2 * HOUR && first.timeMillis() <= T0 + 2 * HOUR + 4 * MINUTE);
    }

    @Test
    void aClonedMmsiJumpsAndConflictsWhileASpoofOnlyJumps() {
        Pipeline pipeline = pipeline(InMemoryVesselRegistry.EMPTY, RuleType.POSITION_JUMP, RuleType.IDENTITY_CONFLICT);
        int cloned = 574_700_021;
        int spoofed = 574_700_022;
        for (long t = T0; t <= T0 + HOUR; t += 90_000) {
            report(pipeline, cloned, 11.3, 109.5, 1, t);
            report(pipeline, cloned, 11.5, 109.9, 1, t + 45_000);       // the twin, 26 nm away
            boolean spoofing = t >= T0 + 20 * MINUTE && t < T0 + 23 * MINUTE;
            report(pipeline, spoofed, 11.1, spoofing ? 109.9 : 109.2, 6, t + 10_000);
        }
        pipeline.close();
        assertEquals(Set.of((long) cloned, (long) spoofed), vesselsRaised(RuleType.POSITION_JUMP));
        assertEquals(Set.of((long) cloned), vesselsRaised(RuleType.IDENTITY_CONFLICT));
        Detection conflict = raised(RuleType.IDENTITY_CONFLICT).getFirst();
        assertTrue(conflict.summary().startsWith("reported at two places"), conflict.summary());
        assertTrue(conflict.timeMillis() < T0 + 10 * MINUTE, "after four jumps");
    }

    @Test
    void aRegisteredVesselWhoseVmsStopsAtSeaIsLostWhileOneReportingIsNot() {
        RegisteredVessel lost = new RegisteredVessel("NT-90001-TS", "", "", 18, "GILLNET", null, 574_700_031, "VMS-31",
                "PORT-NINHCHU");
        RegisteredVessel fine = new RegisteredVessel("NT-90002-TS", "", "", 18, "GILLNET", null, 574_700_032, "VMS-32",
                "PORT-NINHCHU");
        Pipeline pipeline = pipeline(new InMemoryVesselRegistry(List.of(lost, fine), List.of()), RuleType.VMS_LOSS);
        for (long t = T0; t <= T0 + 10 * HOUR; t += 3 * MINUTE) {
            report(pipeline, 574_700_031, 11.3, 109.6, 1, t);
            report(pipeline, 574_700_032, 11.2, 109.6, 1, t);
            if ((t - T0) % (2 * HOUR) == 0) {
                if (t <= T0 + 2 * HOUR) {
                    pipeline.offer(new VmsReport("NT-90001-TS", "VMS-31", t, 11.3, 109.6, 1, 90));
                }
                pipeline.offer(new VmsReport("NT-90002-TS", "VMS-32", t, 11.2, 109.6, 1, 90));
            }
        }
        pipeline.close();
        List<Detection> loss = raised(RuleType.VMS_LOSS);
        assertTrue(loss.stream().allMatch(d -> d.summary().contains("terminal VMS-31 ")), loss.toString());
        long firstAlert = loss.getFirst().timeMillis();
        assertTrue(firstAlert >= T0 + 8 * HOUR && firstAlert <= T0 + 8 * HOUR + 2 * MINUTE, (firstAlert - T0) / MINUTE + " min");
    }

    /**
     * Issue 12 §6: one VMS report stamped 30 days ahead (of a vessel whose AIS is on) must neither raise
     * dark-vessel alerts (for it, or for everyone at once when the clock jumps) nor silence the timers for
     * the live feed: the vessel that does go silent is found 6 h after its last report. Failed before the
     * event clock was made robust (every vessel dark at the 30-day tick, none at the right time).
     */
    @Test
    void oneVmsReportStampedThirtyDaysAheadRaisesNothingAndTheTimersGoOnForTheLiveFeed() {
        RegisteredVessel linked = new RegisteredVessel("NT-90041-TS", "", "", 18, "GILLNET", null, 574_700_041, "VMS-41",
                "PORT-NINHCHU");
        Pipeline pipeline = pipeline(new InMemoryVesselRegistry(List.of(linked), List.of()), RuleType.DARK_VESSEL);
        int live = 574_700_041;      // AIS on all along; its VMS sends one report stamped 30 days ahead
        int silent = 574_700_042;    // goes silent after an hour
        int clock = 574_700_043;
        long day = 24 * HOUR;
        for (long t = T0; t <= T0 + 10 * HOUR; t += 3 * MINUTE) {
            report(pipeline, live, 11.3, 109.6, 3, t);
            if (t < T0 + HOUR) {
                report(pipeline, silent, 11.25, 109.6, 3, t);
            }
            report(pipeline, clock, 11.2, 109.5, 3, t);
            if (t == T0 + 30 * MINUTE) {
                pipeline.offer(new VmsReport("NT-90041-TS", "VMS-41", t + 30 * day, 11.3, 109.6, 1, 90));
            }
        }
        pipeline.close();
        assertEquals(Set.of((long) silent), vesselsRaised(RuleType.DARK_VESSEL), "only the vessel that went silent");
        long lastReport = T0 + HOUR - 3 * MINUTE;
        long firstAlert = raised(RuleType.DARK_VESSEL).getFirst().timeMillis();
        assertTrue(firstAlert >= lastReport + 6 * HOUR && firstAlert <= lastReport + 6 * HOUR + 2 * MINUTE,
                "6 h after its last report: " + (firstAlert - lastReport) / MINUTE + " min");
    }
}
