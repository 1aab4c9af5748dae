package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.HOUR;
import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncounterRuleTest {
    /** Offshore: about 37 nm from the test port. */
    private static final double LAT = 11.3;
    private static final double LON = 109.6;
    /** Metres per degree of latitude. */
    private static final double M = 111_195;

    private final RecordingDetections out = new RecordingDetections();

    /**
     * Both vessels report every 3 minutes over [fromMillis, toMillis), {@code apartMetres} apart
     * north-south at {@code speedKnots}; the rule's clock ticks every minute.
     */
    private static void together(EncounterRule rule, RecordingDetections out, TestVessel a, TestVessel b, double lat,
            double lon, double apartMetres, double speedKnots, long fromMillis, long toMillis) {
        for (long t = fromMillis; t < toMillis; t += 3 * MINUTE) {
            rule.onFix(a, a.ais(t, lat, lon, speedKnots), out);
            rule.onFix(b, b.ais(t + MINUTE, lat + apartMetres / M, lon, speedKnots), out);
            Definitions.tick(rule, out, t, t + 3 * MINUTE);
        }
    }

    @Test
    void twoVesselsSlowSideBySideOffshoreForTwoHoursMeet() {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER), new TestEnvironment());
        TestVessel a = new TestVessel(574_200_002);
        TestVessel b = new TestVessel(574_200_001);
        TestVessel passer = new TestVessel(574_200_003);
        for (long t = T0; t < T0 + 3 * HOUR; t += 3 * MINUTE) {
            rule.onFix(passer, passer.ais(t, LAT + 200 / M, LON, 9), out);     // steams past, 200 m off
        }
        together(rule, out, a, b, LAT, LON, 120, 0.8, T0, T0 + 3 * HOUR);
        Detection first = out.first();
        assertEquals(574_200_001, first.vesselId(), "keyed by the smaller id");
        assertEquals(574_200_002, first.otherVesselId());
        assertTrue(first.timeMillis() >= T0 + 2 * HOUR && first.timeMillis() <= T0 + 2 * HOUR + 4 * MINUTE,
                "after two hours together: " + (first.timeMillis() - T0) / MINUTE + " min");
        assertEquals(120, first.figures().get("distanceMetres").value(), 0.5);
        assertEquals(Unit.METRES, first.figures().get("distanceMetres").unit());
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_200_001 && d.otherVesselId() == 574_200_002));
        assertTrue(first.evidence().size() >= 80, "both tracks since they met");
        for (int i = 1; i < first.evidence().size(); i++) {
            assertTrue(first.evidence().get(i - 1).timeMillis() <= first.evidence().get(i).timeMillis(), "oldest first");
        }
        assertEquals(2, first.evidence().stream().map(PositionFix::vesselId).distinct().count());
    }

    @Test
    void twoBoatsSideBySideInHarbourAreNoEncounter() {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER), new TestEnvironment());
        together(rule, out, new TestVessel(574_200_011), new TestVessel(574_200_012), 11.585, 109.035, 12, 0, T0, T0 + 6 * HOUR);
        assertEquals(List.of(), out.raised);
    }

    @Test
    void tooFarApartOrTooFastIsNoEncounter() {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER), new TestEnvironment());
        together(rule, out, new TestVessel(574_200_021), new TestVessel(574_200_022), LAT, LON, 700, 0.5, T0, T0 + 3 * HOUR);
        together(rule, out, new TestVessel(574_200_023), new TestVessel(574_200_024), LAT + 0.1, LON, 100, 3, T0, T0 + 3 * HOUR);
        assertEquals(List.of(), out.raised);
    }

    @Test
    void meetingsLessThanFourHoursApartAreOneEncounterEndedAtTheLastTimeTogether() {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER), new TestEnvironment());
        TestVessel a = new TestVessel(574_200_031);
        TestVessel b = new TestVessel(574_200_032);
        together(rule, out, a, b, LAT, LON, 100, 0.5, T0, T0 + 3 * HOUR);
        together(rule, out, a, b, LAT, LON, 3_000, 0.5, T0 + 3 * HOUR, T0 + 5 * HOUR);   // 3 km apart for 2 h
        assertEquals(List.of(), out.ended, "not ended while apart for less than the merge gap");
        together(rule, out, a, b, LAT, LON, 100, 0.5, T0 + 5 * HOUR, T0 + 6 * HOUR);
        together(rule, out, a, b, LAT, LON, 3_000, 0.5, T0 + 6 * HOUR, T0 + 11 * HOUR);
        assertEquals(1, out.ended.size());
        long lastTogether = T0 + 6 * HOUR;     // a's first fix of the parting, against b's last fix alongside
        assertEquals(lastTogether, out.ended.getFirst().timeMillis());
        assertTrue(out.raised.stream().anyMatch(d -> d.timeMillis() > T0 + 5 * HOUR), "the second meeting continues it");
    }

    @Test
    void theSkylightPresetIsStricter() {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER, "radiusMetres", "250", "duration", "30m"),
                new TestEnvironment());
        together(rule, out, new TestVessel(574_200_041), new TestVessel(574_200_042), LAT, LON, 200, 1, T0, T0 + HOUR);
        together(rule, out, new TestVessel(574_200_043), new TestVessel(574_200_044), LAT + 0.1, LON, 400, 1, T0, T0 + HOUR);
        assertTrue(out.first().timeMillis() <= T0 + 34 * MINUTE);
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_200_041));
    }

    /**
     * Issue 12 §6: one vessel's reports arrive late (by 20 to 60 minutes) while its partner's come on time;
     * the pair is judged on their own times and found two hours (of their time) after they met. 35 minutes and
     * more were missed before (a partner's position had to be at most 30 minutes older than the fix, and the
     * clock let pairs and positions go 30 minutes after their own time).
     */
    @ParameterizedTest(name = "{0} min late")
    @ValueSource(ints = {20, 35, 45, 60})
    void anEncounterIsFoundWhenOneVesselsReportsArriveLate(int lateMinutes) {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER), new TestEnvironment());
        TestVessel onTime = new TestVessel(574_200_051);
        TestVessel late = new TestVessel(574_200_052);
        long lateness = lateMinutes * MINUTE;
        for (long t = T0; t < T0 + 4 * HOUR; t += 3 * MINUTE) {
            rule.onFix(onTime, onTime.ais(t, LAT, LON, 0.8), out);
            long reported = t - lateness;            // the late vessel's report of this time arrives now
            if (reported >= T0) {
                rule.onFix(late, late.ais(reported + MINUTE, LAT + 120 / M, LON, 0.6), out);
            }
            Definitions.tick(rule, out, t, t + 3 * MINUTE);
        }
        assertFalse(out.raised.isEmpty(), lateMinutes + " min late: no encounter");
        Detection first = out.first();
        assertEquals(574_200_051, first.vesselId());
        assertEquals(574_200_052, first.otherVesselId());
        assertTrue(first.timeMillis() >= T0 + 2 * HOUR && first.timeMillis() <= T0 + 2 * HOUR + 4 * MINUTE,
                "two hours of their own time after they met: " + (first.timeMillis() - T0) / MINUTE + " min");
        assertEquals(List.of(), out.ended, "still together");
    }

    @Test
    void reportsLaterThanTheLatenessAreNoEncounter() {
        EncounterRule rule = new EncounterRule(Definitions.of(RuleType.ENCOUNTER, "lateness", "20m"),
                new TestEnvironment());
        TestVessel onTime = new TestVessel(574_200_061);
        TestVessel late = new TestVessel(574_200_062);
        for (long t = T0; t < T0 + 4 * HOUR; t += 3 * MINUTE) {
            rule.onFix(onTime, onTime.ais(t, LAT, LON, 0.8), out);
            if (t - 60 * MINUTE >= T0) {
                rule.onFix(late, late.ais(t - 60 * MINUTE, LAT + 120 / M, LON, 0.6), out);
            }
            Definitions.tick(rule, out, t, t + 3 * MINUTE);
        }
        assertEquals(List.of(), out.raised, "an hour late with a lateness of 20 min");
    }
}
