package io.coastwatch.sim.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.sim.fleet.TruthEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectionScorerTest {
    private static final long MINUTE = 60_000;
    private final DetectionScorer scorer = new DetectionScorer(10 * MINUTE);

    private static TruthEvent event(String rule, boolean positive, int mmsi, String number, int other, long start,
            long end) {
        return new TruthEvent(rule, rule, positive, mmsi, number, other, start * MINUTE, end * MINUTE, start * MINUTE,
                "", "");
    }

    @Test
    void recallPrecisionAndDelayPerRule() {
        List<TruthEvent> truth = List.of(
                event("dark-vessel", true, 574_000_001, "NT-90001-TS", 0, 0, 60),
                event("dark-vessel", true, 574_000_002, "", 0, 0, 60),
                event("dark-vessel", false, 574_000_003, "", 0, 0, 60),
                event("encounter", true, 574_000_004, "", 574_000_005, 100, 200));
        List<ObservedAlert> alerts = List.of(
                new ObservedAlert("dark-vessel", 0, "NT 90001 TS", 0, 30 * MINUTE),
                new ObservedAlert("dark-vessel", 574_000_001, "", 0, 65 * MINUTE),
                new ObservedAlert("dark-vessel", 574_000_003, "", 0, 20 * MINUTE),
                new ObservedAlert("dark-vessel", 574_000_002, "", 0, 75 * MINUTE),
                new ObservedAlert("encounter", 574_000_005, "", 574_000_004, 150 * MINUTE));
        Map<String, RuleScore> scores = scorer.score(truth, alerts);

        RuleScore dark = scores.get("dark-vessel");
        assertEquals(2, dark.events());
        assertEquals(1, dark.detected(), "the second vessel's alert came after end + slack");
        assertEquals(1, dark.lookAlikes());
        assertEquals(4, dark.alerts());
        assertEquals(2, dark.truePositives(), "by registration number however written, and within the slack");
        assertEquals(2, dark.falsePositives(), "the look-alike's alert and the late one");
        assertEquals(0.5, dark.recall());
        assertEquals(0.5, dark.precision());
        assertEquals(30 * MINUTE, dark.medianDelayMillis());

        RuleScore encounter = scores.get("encounter");
        assertEquals(1.0, encounter.recall(), "a pair matches in either order");
        assertEquals(50 * MINUTE, encounter.maxDelayMillis());
        String table = DetectionScorer.table(scores);
        assertTrue(table.contains("dark-vessel") && table.contains("0.50"), table);
    }

    @Test
    void anAlertBeforeTheBehaviourOrOnAnotherVesselDoesNotMatch() {
        TruthEvent event = event("loitering", true, 352_000_001, "", 0, 100, 200);
        assertFalse(scorer.matches(event, new ObservedAlert("loitering", 352_000_001, "", 0, 99 * MINUTE)));
        assertFalse(scorer.matches(event, new ObservedAlert("loitering", 352_000_002, "", 0, 150 * MINUTE)));
        assertFalse(scorer.matches(event, new ObservedAlert("encounter", 352_000_001, "", 0, 150 * MINUTE)));
        assertTrue(scorer.matches(event, new ObservedAlert("loitering", 352_000_001, "", 0, 210 * MINUTE)));
    }
}
