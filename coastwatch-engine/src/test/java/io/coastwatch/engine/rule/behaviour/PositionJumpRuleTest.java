package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionJumpRuleTest {
    private final PositionJumpRule rule = new PositionJumpRule(Definitions.of(RuleType.POSITION_JUMP), new TestEnvironment());
    private final RecordingDetections out = new RecordingDetections();

    @Test
    void aFortyMileJumpInAMinuteIsReportedWithItsImpliedSpeedAndEndsTenMinutesAfterTheLast() {
        TestVessel spoofed = new TestVessel(574_400_001);
        TestVessel honest = new TestVessel(574_400_002);
        for (long t = T0; t < T0 + 5 * MINUTE; t += MINUTE / 6) {
            rule.onFix(spoofed, spoofed.ais(t, 11.3, 109.6, 6), out);
            rule.onFix(honest, honest.ais(t, 11.4, 109.6, 6), out);
        }
        // 40 nm east, 10 s after the last true report
        long jumpMillis = T0 + 5 * MINUTE;
        rule.onFix(spoofed, spoofed.report(jumpMillis, 11.3, 109.6 + 40 / 60.0 / Math.cos(Math.toRadians(11.3)), 6,
                FixSource.AIS_CLASS_A, Plausibility.IMPLAUSIBLE_JUMP), out);
        Detection jump = out.first();
        assertEquals(574_400_001, jump.vesselId());
        assertEquals(jumpMillis, jump.timeMillis());
        assertEquals(40.0, jump.figures().get("jumpNm").value(), 0.05);
        assertEquals(14_400, jump.figures().get("impliedSpeedKnots").value(), 50);
        assertEquals(2, jump.evidence().size(), "the last plausible fix and the jump");
        assertEquals(1, out.raised.size());

        Definitions.tick(rule, out, jumpMillis, jumpMillis + 9 * MINUTE);
        assertEquals(List.of(), out.ended);
        Definitions.tick(rule, out, jumpMillis + 9 * MINUTE, jumpMillis + 10 * MINUTE);
        assertEquals(List.of(new RecordingDetections.Ended(jump.key(), jumpMillis)), out.ended);
    }

    @Test
    void positionsOnLandOrNotAvailableAreJumpsToo() {
        TestVessel vessel = new TestVessel(574_400_003);
        rule.onFix(vessel, vessel.ais(T0, 11.3, 109.6, 6), out);
        rule.onFix(vessel, vessel.report(T0 + MINUTE, 11.94, 108.44, 6, FixSource.AIS_CLASS_A, Plausibility.ON_LAND), out);
        rule.onFix(vessel, vessel.report(T0 + 2 * MINUTE, Double.NaN, Double.NaN, 6, FixSource.AIS_CLASS_A,
                Plausibility.NOT_AVAILABLE), out);
        assertEquals(List.of("position reported on land, far from water", "position reported as not available"),
                out.raised.stream().map(Detection::summary).toList());
        assertEquals(11.3, out.last().latitude(), "not available: placed at the last plausible fix");
    }

    @Test
    void aJumpSlowerThanTheRulesLimitIsLetPass() {
        PositionJumpRule lenient = new PositionJumpRule(Definitions.of(RuleType.POSITION_JUMP, "jumpSpeedKnots", "80"),
                new TestEnvironment());
        TestVessel vessel = new TestVessel(574_400_004);
        lenient.onFix(vessel, vessel.ais(T0, 11.3, 109.6, 6), out);
        // 6 nm in 6 minutes: 60 kn, a jump for the tracker, not for this rule
        lenient.onFix(vessel, vessel.report(T0 + 6 * MINUTE, 11.4, 109.6, 6, FixSource.AIS_CLASS_A,
                Plausibility.IMPLAUSIBLE_JUMP), out);
        assertEquals(List.of(), out.raised);
    }
}
