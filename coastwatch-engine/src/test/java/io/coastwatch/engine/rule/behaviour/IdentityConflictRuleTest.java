package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.HOUR;
import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityConflictRuleTest {
    private final IdentityConflictRule rule = new IdentityConflictRule(Definitions.of(RuleType.IDENTITY_CONFLICT),
            new TestEnvironment());
    private final RecordingDetections out = new RecordingDetections();

    @Test
    void oneMmsiAlternatingBetweenTwoPlacesIsAConflictAfterFourJumps() {
        TestVessel cloned = new TestVessel(574_500_001);
        long t = T0;
        for (int i = 0; i < 10; i++, t += 90_000) {
            rule.onFix(cloned, cloned.ais(t, 11.3, 109.5, 1), out);
            rule.onFix(cloned, cloned.report(t + 45_000, 11.45, 109.9, 1, FixSource.AIS_CLASS_B,
                    Plausibility.IMPLAUSIBLE_JUMP), out);
            if (i < 2) {
                assertEquals(List.of(), out.raised, "three jumps may be a spoof going, coming back and going again");
            }
        }
        assertEquals(T0 + 2 * 90_000, out.first().timeMillis(), "the fourth jump");
        assertTrue(out.first().summary().startsWith("reported at two places"), out.first().summary());
        Definitions.tick(rule, out, t, t + 2 * HOUR);
        assertEquals(1, out.ended.size());
    }

    @Test
    void aSpoofThatGoesAndComesBackIsNoConflict() {
        TestVessel spoofed = new TestVessel(574_500_002);
        for (long t = T0; t < T0 + 10 * MINUTE; t += 10_000) {
            rule.onFix(spoofed, spoofed.ais(t, 11.3, 109.5, 6), out);
        }
        rule.onFix(spoofed, spoofed.report(T0 + 10 * MINUTE, 11.3, 110.2, 6, FixSource.AIS_CLASS_A,
                Plausibility.IMPLAUSIBLE_JUMP), out);
        for (long t = T0 + 10 * MINUTE + 10_000; t < T0 + 12 * MINUTE; t += 10_000) {
            rule.onFix(spoofed, spoofed.ais(t, 11.3, 110.2, 6), out);    // consistent with the jump: the tracker takes it
        }
        rule.onFix(spoofed, spoofed.report(T0 + 12 * MINUTE, 11.3, 109.5, 6, FixSource.AIS_CLASS_A,
                Plausibility.IMPLAUSIBLE_JUMP), out);
        for (long t = T0 + 12 * MINUTE + 10_000; t < T0 + 30 * MINUTE; t += 10_000) {
            rule.onFix(spoofed, spoofed.ais(t, 11.3, 109.5, 6), out);
        }
        assertEquals(List.of(), out.raised);
    }

    @Test
    void anInvalidMmsiIsAConflictButADistressBeaconIsNot() {
        TestVessel shortMmsi = new TestVessel(12_345);
        TestVessel unknownMid = new TestVessel(100_000_001);
        TestVessel sart = new TestVessel(970_012_345);
        TestVessel valid = new TestVessel(574_500_003);
        for (TestVessel vessel : List.of(shortMmsi, unknownMid, sart, valid)) {
            rule.onFix(vessel, vessel.ais(T0, 11.3, 109.5, 1), out);
        }
        assertEquals(List.of(12_345L, 100_000_001L), out.raised.stream().map(d -> d.vesselId()).toList());
        assertEquals("MMSI 12345 is not a valid MMSI", out.first().summary());
    }

    @Test
    void aNameOrCallSignChangeIsAConflictButLearningThemIsNot() {
        TestVessel vessel = new TestVessel(574_500_004);
        rule.onFix(vessel, vessel.ais(T0, 11.3, 109.5, 1), out);
        vessel.name = "NT 90123 TS";
        rule.onFix(vessel, vessel.ais(T0 + MINUTE, 11.3, 109.5, 1), out);
        vessel.callSign = "XVAB";
        rule.onFix(vessel, vessel.ais(T0 + 2 * MINUTE, 11.3, 109.5, 1), out);
        vessel.name = "NT 90123 TS@@@";
        rule.onFix(vessel, vessel.ais(T0 + 3 * MINUTE, 11.3, 109.5, 1), out);
        assertEquals(List.of(), out.raised);
        vessel.name = "NT 95555 TS";
        rule.onFix(vessel, vessel.ais(T0 + 4 * MINUTE, 11.3, 109.5, 1), out);
        assertEquals("name NT 90123 TS → NT 95555 TS", out.first().summary());
        assertEquals(T0 + 4 * MINUTE, out.first().timeMillis());
    }

    @Test
    void aisAndVmsApartForTenMinutesIsAConflictButAgreeingOrBrieflyApartIsNot() {
        TestVessel swapped = new TestVessel(574_500_005);
        TestVessel agreeing = new TestVessel(574_500_006);
        rule.onFix(swapped, swapped.vms(T0, 11.3, 109.5, 0), out);
        rule.onFix(agreeing, agreeing.vms(T0, 11.3, 109.5, 0), out);
        for (long t = T0 + MINUTE; t <= T0 + 20 * MINUTE; t += MINUTE) {
            // the tracker rejects the first AIS fix as a jump from the VMS one, then takes those consistent with it
            rule.onFix(swapped, swapped.report(t, 11.5, 109.5, 0, FixSource.AIS_CLASS_A,
                    t == T0 + MINUTE ? Plausibility.IMPLAUSIBLE_JUMP : Plausibility.PLAUSIBLE), out);
            rule.onFix(agreeing, agreeing.ais(t, 11.301, 109.5, 0), out);
        }
        assertEquals(T0 + 11 * MINUTE, out.first().timeMillis());
        assertEquals(574_500_005, out.first().vesselId());
        assertTrue(out.first().summary().startsWith("AIS and VMS 12.0 nm apart"), out.first().summary());
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_500_005));

        TestVessel briefly = new TestVessel(574_500_007);
        rule.onFix(briefly, briefly.vms(T0, 11.3, 109.5, 0), out);
        int before = out.raised.size();
        for (long t = T0 + MINUTE; t <= T0 + 20 * MINUTE; t += MINUTE) {
            boolean spoofed = t <= T0 + 3 * MINUTE;
            rule.onFix(briefly, briefly.ais(t, spoofed ? 11.5 : 11.3, 109.5, 0), out);
        }
        assertEquals(before, out.raised.size(), "a two-minute spoof is not a swapped VMS unit");
        assertFalse(out.raised.stream().anyMatch(d -> d.vesselId() == 574_500_007));
    }
}
