package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.track.VesselIds;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.fleet.TruthEvent;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import io.coastwatch.sim.score.DetectionScorer;
import io.coastwatch.sim.score.ObservedAlert;
import io.coastwatch.sim.score.RuleScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Detection quality through the real server, as the demo runs it: the demo scenario (its scripted
 * event of every rule of docs/rules.md, and the look-alikes that must not alert) fed over a TCP feed and the
 * VMS endpoint at 600× real time (VMS over HTTP may lag the AIS feed by up to 4 h of event time, 24 s
 * here, before a VMS-loss timer would fire wrongly); the alerts read back from {@code /api/v1/alerts}
 * are scored against the simulator's ground truth. Target (issue: zones, rules and alerts): recall 1.0
 * and precision at least 0.95 for every rule with scripted events. The table and the false positives
 * are printed and written to {@code target/detection-quality.txt}.
 */
class DemoDetectionQualityTest {
    private static final String PASSWORD = "quality-test-password";
    /** How long after an event's end an alert still counts for it. */
    private static final long SLACK_MILLIS = Duration.ofMinutes(30).toMillis();
    private static final int PAGE = 500;
    /** The rules the demo scenario scripts no event for (they fire on ordinary traffic). */
    private static final Set<String> UNSCRIPTED = Set.of("zone-entry", "zone-exit", "dwell", "speed-in-zone");

    @Test
    void everyRuleCatchesItsScriptedEventsAndNotTheLookAlikes(@TempDir Path directory) throws Exception {
        Scenario scenario = new ScenarioLoader().loadDemo().with(null, 600.0, Duration.ofHours(10));
        System.out.println("demo scenario through the server: seed " + scenario.seed() + ", " + scenario.duration()
                + " at " + scenario.speed() + "x");
        try (Demo demo = Demo.start(new Demo.Settings("127.0.0.1", 0, directory.resolve("data"), scenario, PASSWORD,
                System.err))) {
            Simulator.Result simulated = demo.simulation().get(10, TimeUnit.MINUTES);
            Api admin = new Api(demo.port()).basic("admin", PASSWORD);
            awaitQuiet(admin);
            List<ObservedAlert> alerts = alerts(admin);
            Map<String, RuleScore> scores = new DetectionScorer(SLACK_MILLIS).score(simulated.truth(), alerts);
            DetectionScorer scorer = new DetectionScorer(SLACK_MILLIS);
            String table = DetectionScorer.table(scores) + falsePositives(scorer, scores, simulated.truth(), alerts);
            System.out.print(table);
            Files.writeString(Path.of("target", "detection-quality.txt"), "demo scenario through the server, seed "
                    + scenario.seed() + ", " + scenario.duration() + ", " + alerts.size() + " alerts\n" + table);
            Set<String> scored = new TreeSet<>();
            scores.values().stream().filter(score -> score.events() > 0).forEach(score -> scored.add(score.ruleId()));
            Set<String> scripted = new TreeSet<>();
            for (RuleType type : RuleType.values()) {
                scripted.add(type.slug());
            }
            scripted.removeAll(UNSCRIPTED);
            assertEquals(scripted, scored, "the scenario scripts an event of every other rule of docs/rules.md");
            for (RuleScore score : scores.values()) {
                if (score.events() + score.lookAlikes() == 0) {
                    continue; // a rule the scenario scripts nothing for (zone entry, dwell …): not scored
                }
                assertEquals(1.0, score.recall(), score.ruleId() + " recall\n" + table);
                assertTrue(score.precision() >= 0.95, score.ruleId() + " precision " + score.precision() + "\n" + table);
            }
        }
    }

    /** The alerts of scored rules that match no event that must alert, one per line. */
    private static String falsePositives(DetectionScorer scorer, Map<String, RuleScore> scores, List<TruthEvent> truth,
            List<ObservedAlert> alerts) {
        StringBuilder lines = new StringBuilder();
        for (ObservedAlert alert : alerts) {
            RuleScore score = scores.get(alert.ruleId());
            boolean scored = score.events() + score.lookAlikes() > 0;
            if (scored && truth.stream().noneMatch(event -> event.positive() && scorer.matches(event, alert))) {
                lines.append("false positive: ").append(alert).append('\n');
            }
        }
        return lines.toString();
    }

    /** Waits until the feed and the alerts have stopped changing for three seconds. */
    private static void awaitQuiet(Api admin) {
        long[] last = {-1};
        int[] quiet = {0};
        Await.until("the server has applied the whole feed", Duration.ofMinutes(5), () -> {
            long messages = 0;
            for (JsonNode source : admin.get("/api/v1/sources").json()) {
                messages += source.get("messages").asLong();
            }
            long state = messages * 1_000_003 + admin.get("/api/v1/alerts?limit=1").json().get("total").asLong();
            quiet[0] = state == last[0] ? quiet[0] + 1 : 0;
            last[0] = state;
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return quiet[0] >= 3;
        });
    }

    /** Every alert, as the scorer sees them: opened at their first time. */
    private static List<ObservedAlert> alerts(Api admin) {
        List<ObservedAlert> alerts = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = admin.get("/api/v1/alerts?limit=" + PAGE + "&offset=" + offset).json();
            for (JsonNode alert : page.get("alerts")) {
                JsonNode vessel = alert.get("vessel");
                long other = alert.get("otherVessel").isNull() ? 0 : Long.parseLong(alert.get("otherVessel").get("id").asString());
                alerts.add(new ObservedAlert(alert.get("ruleType").asString(), vessel.path("mmsi").asInt(0),
                        vessel.path("registrationNumber").asString(""),
                        other != 0 && VesselIds.isMmsi(other) ? (int) other : 0,
                        Instant.parse(alert.get("firstTime").asString()).toEpochMilli()));
            }
            if (offset + PAGE >= page.get("total").asInt()) {
                return alerts;
            }
        }
    }
}
