package io.coastwatch.engine.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.sim.score.RuleScore;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection quality of the behaviour rules on the demo scenario (its scripted events and look-alikes:
 * a boat moored in port with its AIS off, two boats side by side in harbour; seed of the scenario
 * file), 24 h through decoder, pipeline and rule engine with the default rules: every behaviour rule
 * has ground truth there, recall 1.0 and precision at least 0.95; the table is printed.
 */
class BehaviourRulesQualityTest {
    /** The behaviour rules of the default set; the zone rules are judged by ZoneRulesQualityTest. */
    static final Set<RuleType> BEHAVIOUR_RULES = EnumSet.of(RuleType.DARK_VESSEL, RuleType.VMS_LOSS,
            RuleType.ENCOUNTER, RuleType.LOITERING, RuleType.POSITION_JUMP, RuleType.IDENTITY_CONFLICT,
            RuleType.NO_DEPARTURE_RECORD, RuleType.OVERDUE_RETURN);

    @TempDir
    Path dir;

    @Test
    void theBehaviourRulesCatchTheDemoScenariosEventsAndNothingElse() throws Exception {
        Map<String, RuleScore> scores = SimulatedRun.scoreDemo(BEHAVIOUR_RULES, dir);
        for (RuleType type : BEHAVIOUR_RULES) {
            RuleScore score = scores.get(type.slug());
            assertTrue(score != null && score.events() > 0, type.slug() + " has ground truth in the demo scenario");
            assertEquals(1.0, score.recall(), type.slug() + " recall");
            assertTrue(score.precision() >= 0.95, type.slug() + " precision " + score.precision());
        }
    }
}
