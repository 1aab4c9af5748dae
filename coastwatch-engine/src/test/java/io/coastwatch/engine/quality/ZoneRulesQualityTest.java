package io.coastwatch.engine.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.sim.scenario.ScenarioLoader;
import io.coastwatch.sim.score.DetectionScorer;
import io.coastwatch.sim.score.RuleScore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection quality of the zone rules on the demo scenario (its scripted events and look-alikes,
 * seed of the scenario file): recall 1.0 and precision at least 0.95 for every zone rule with ground
 * truth; the table is printed.
 */
class ZoneRulesQualityTest {
    /** The zone rules of the default set (rules-core); the others are judged by their own tests. */
    static final Set<RuleType> ZONE_RULES = EnumSet.of(RuleType.ZONE_ENTRY, RuleType.ZONE_EXIT, RuleType.DWELL,
            RuleType.SPEED_IN_ZONE, RuleType.BOUNDARY_APPROACH, RuleType.PREDICTED_CROSSING,
            RuleType.BOUNDARY_CROSSED, RuleType.FOREIGN_VESSEL, RuleType.FISHING_WRONG_ZONE, RuleType.PROTECTED_AREA,
            RuleType.UNREGISTERED);
    /** How long after a behaviour's end an alert still counts for it. */
    static final long SLACK_MILLIS = Duration.ofMinutes(30).toMillis();

    @TempDir
    Path dir;

    @Test
    void theZoneRulesCatchTheDemoScenariosEventsAndNothingElse() throws Exception {
        var scenario = new ScenarioLoader().loadDemo().with(null, null, Duration.ofHours(24));
        List<RuleDefinition> rules = new RulesFile().defaults().stream()
                .filter(rule -> ZONE_RULES.contains(rule.type())).toList();
        System.out.println("demo scenario, seed " + scenario.seed() + ", " + scenario.duration());
        SimulatedRun.Result run = SimulatedRun.run(scenario, rules, dir);
        Map<String, RuleScore> scores = new DetectionScorer(SLACK_MILLIS).score(
                run.truth().stream().filter(e -> ZONE_RULES.stream().anyMatch(t -> t.slug().equals(e.ruleId()))).toList(),
                run.alerts());
        System.out.println(run.inputs() + " inputs, " + run.alerts().size() + " alerts opened");
        System.out.print(DetectionScorer.table(scores));
        for (RuleScore score : scores.values()) {
            if (score.events() + score.lookAlikes() == 0) {
                continue;
            }
            assertEquals(1.0, score.recall(), score.ruleId() + " recall");
            assertTrue(score.precision() >= 0.95, score.ruleId() + " precision " + score.precision());
        }
    }
}
