package io.coastwatch.server.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.pipeline.PipelineStats;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RuleScope;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.server.alert.AlertAudit;
import io.coastwatch.server.alert.AlertViews;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.Nmea;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules' state across a restart (issue 4): the same AIS traffic, with a vessel dwelling in a restricted
 * area, two vessels meeting offshore and loitering, run once without a stop and once stopped and started again
 * in the middle (engine, alert service and a real SQLite store all closed and opened again), raises the same
 * alerts, with no duplicate open alert and no alert a person closed reopened by its episode.
 */
class RuleWarmUpTest {
    private static final LandMask LAND = LandMask.vietnamRegion();
    private static final long T0 = Instant.parse("2026-11-28T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long STEP = 3 * MINUTE;
    private static final long END = T0 + 5 * HOUR;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Zone RANGE = new Zone("R1", "firing range", ZoneKind.RESTRICTED_AREA,
            new GeometryFactory().toGeometry(new Envelope(109.50, 109.55, 11.00, 11.40)));
    private static final int DWELLER = 574_800_001;
    private static final int MEETS_A = 574_800_002;
    private static final int MEETS_B = 574_800_003;
    private static final int CLOCK = 574_800_004;

    @TempDir
    Path dataDir;

    /** One AIS report of the scenario. */
    private record Report(int mmsi, double latitude, double longitude, double speedKnots, long timeMillis) {
    }

    /** The engine, the alert worker and their store, as the server wires them, without Spring. */
    private static final class Stack implements AutoCloseable {
        final Database database;
        final AlertWorker alerts;
        final Pipeline pipeline;
        final AisDecoder decoder;
        final Nmea nmea = new Nmea();

        Stack(Path file) {
            database = Database.open(new StoreSettings("jdbc:sqlite:" + file, null, null, Duration.ZERO));
            alerts = new AlertWorker(new AlertBook(database.alerts()), AlertAudit.of(database), 100_000, () -> { }, Clock.systemUTC(),
                    RuleEngine.DEFAULT_WARM_UP_LIMIT);
            alerts.start();
            List<RuleDefinition> rules = new ArrayList<>();
            for (RuleType type : List.of(RuleType.DWELL, RuleType.ENCOUNTER, RuleType.LOITERING)) {
                rules.add(new RuleDefinition(type.slug(), type, true, Severity.WARNING, Map.of(), RuleScope.EVERYTHING));
            }
            pipeline = Engine.builder().deduplicate(new PipelineSettings(100_000, 10_000, 100_000, 1_000))
                    .track(new VesselTracker(new PlausibilityCheck(LAND)))
                    .history(database.positions(), database.vessels())
                    .zones(new EngineEnvironment(List.of(RANGE), InMemoryVesselRegistry.EMPTY, LAND))
                .rules(new StandardRules(),
                            rules)
                    .alerts(alerts).build().pipeline();
            pipeline.start();
            decoder = new AisDecoder("r1", pipeline::offer);
        }

        void feed(List<Report> reports) {
            for (Report r : reports) {
                decoder.decode(nmea.position(r.mmsi(), r.latitude(), r.longitude(), r.speedKnots(), r.timeMillis()),
                        r.timeMillis());
            }
            Await.until("the engine has taken every report", WAIT, () -> {
                PipelineStats stats = pipeline.stats();
                return stats.processed() + stats.duplicates() + stats.dropped() + stats.failures() == stats.offered();
            });
        }

        /** A person closes the dwell alert as a false alarm (its condition still holds). */
        void closeDwellAlert() {
            Alert dwell = Await.until("the dwell alert", WAIT, () -> database.alerts().search(AlertQuery.builder().ruleIds(Set.of(RuleType.DWELL.slug())).limit(10).build()).alerts(),
                    found -> !found.isEmpty()).getFirst();
            alerts.transition(dwell.id(), AlertAction.FALSE_ALARM, new Actor("officer-1", null, List.of()), "a patrol boat");
        }

        List<Alert> stored() {
            return database.alerts().search(AlertQuery.all(1_000)).alerts();
        }

        @Override
        public void close() {
            try {
                pipeline.close();
                alerts.close();
            } finally {
                database.close();
            }
        }
    }

    @Test
    void aRestartInTheMiddleRaisesTheSameAlertsAsAnUninterruptedRun() {
        long seed = System.nanoTime();
        System.out.println("RuleWarmUpTest seed: " + seed);
        Random random = new Random(seed);
        List<Report> reports = scenario(random);
        // The restart comes after the dwell alert (30 min), before the encounter and the loitering (2 h).
        long restartMillis = T0 + 40 * MINUTE + random.nextInt(70) * MINUTE;
        List<Report> before = reports.stream().filter(r -> r.timeMillis() < restartMillis).toList();
        List<Report> after = reports.stream().filter(r -> r.timeMillis() >= restartMillis).toList();

        List<Alert> uninterrupted;
        try (Stack stack = new Stack(dataDir.resolve("uninterrupted.db"))) {
            stack.feed(before);
            stack.closeDwellAlert();
            stack.feed(after);
            stack.pipeline.close();
            stack.alerts.close();
            uninterrupted = stack.stored();
        }
        try (Stack stack = new Stack(dataDir.resolve("restarted.db"))) {
            stack.feed(before);
            stack.closeDwellAlert();
        }
        List<Alert> restarted;
        try (Stack stack = new Stack(dataDir.resolve("restarted.db"))) {
            stack.feed(after);
            stack.pipeline.close();
            stack.alerts.close();
            restarted = stack.stored();
        }

        String context = "seed " + seed + ", restart at +" + (restartMillis - T0) / MINUTE + " min";
        Map<String, List<Long>> expected = firstTimes(uninterrupted);
        Map<String, List<Long>> actual = firstTimes(restarted);
        assertEquals(Set.of(RuleType.DWELL, RuleType.ENCOUNTER, RuleType.LOITERING),
                uninterrupted.stream().map(Alert::ruleType).collect(Collectors.toSet()), "the scenario raises every rule");
        assertEquals(2, uninterrupted.stream().filter(alert -> alert.ruleType() == RuleType.DWELL).count(),
                "the closed dwell episode, then the one after the vessel came back: " + expected);
        assertEquals(expected.keySet(), actual.keySet(), context);
        for (Map.Entry<String, List<Long>> entry : expected.entrySet()) {
            List<Long> got = actual.get(entry.getKey());
            assertEquals(entry.getValue().size(), got.size(), context + ": alerts of " + entry.getKey());
            for (int i = 0; i < got.size(); i++) {
                assertTrue(Math.abs(got.get(i) - entry.getValue().get(i)) <= MINUTE, context + ": " + entry.getKey()
                        + " first detected at " + Instant.ofEpochMilli(got.get(i)) + ", uninterrupted at "
                        + Instant.ofEpochMilli(entry.getValue().get(i)));
            }
        }
        Map<AlertKey, Long> openByKey = restarted.stream().filter(alert -> alert.state().isOpen())
                .collect(Collectors.groupingBy(Alert::key, Collectors.counting()));
        assertTrue(openByKey.values().stream().allMatch(count -> count == 1), "one open alert per key: " + openByKey);
        assertEquals(AlertState.FALSE_ALARM, restarted.stream().filter(alert -> alert.ruleType() == RuleType.DWELL)
                .min(Comparator.comparingLong(Alert::firstMillis)).orElseThrow().state(), "the closed one stays closed");
    }

    /**
     * Every 3 min (jittered by a few seconds): a vessel in the firing range from the start, out at +3 h and
     * back at +3 h 20; two vessels slow side by side 25 nm offshore (they meet and loiter); one passing by.
     */
    private static List<Report> scenario(Random random) {
        List<Report> reports = new ArrayList<>();
        for (long t = T0; t <= END; t += STEP) {
            boolean away = t >= T0 + 3 * HOUR && t < T0 + 3 * HOUR + 20 * MINUTE;
            reports.add(new Report(DWELLER, 11.2 + jitter(random), away ? 109.45 : 109.52 + jitter(random), 6,
                    t + random.nextInt(20_000)));
            reports.add(new Report(MEETS_A, 11.3 + jitter(random), 109.7, 0.8, t + 30_000 + random.nextInt(20_000)));
            reports.add(new Report(MEETS_B, 11.3009, 109.7 + jitter(random), 0.6, t + 60_000 + random.nextInt(20_000)));
            reports.add(new Report(CLOCK, 11.0, 109.3 + (t - T0) / (double) HOUR * 0.05, 10, t + 90_000));
        }
        reports.sort(Comparator.comparingLong(Report::timeMillis));
        return reports;
    }

    private static double jitter(Random random) {
        return (random.nextDouble() - 0.5) * 0.0004;
    }

    /** The first detection times of the alerts by rule/vessel/other vessel/zone, in order. */
    private static Map<String, List<Long>> firstTimes(List<Alert> alerts) {
        Map<String, List<Long>> times = new TreeMap<>();
        for (Alert alert : alerts) {
            times.computeIfAbsent(alert.ruleId() + "/" + alert.vesselId() + "/" + alert.otherVesselId() + "/"
                    + alert.zoneId(), key -> new ArrayList<>()).add(alert.firstMillis());
        }
        times.values().forEach(list -> list.sort(null));
        return times;
    }
}
