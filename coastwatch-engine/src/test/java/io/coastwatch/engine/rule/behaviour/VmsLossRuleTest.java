package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.HOUR;
import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.registry.RegisteredVessel;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmsLossRuleTest {
    private final VmsLossRule rule = new VmsLossRule(Definitions.of(RuleType.VMS_LOSS), new TestEnvironment());
    private final RecordingDetections out = new RecordingDetections();

    private static TestVessel registered(long vesselId, String registration, String terminal) {
        TestVessel vessel = new TestVessel(vesselId);
        vessel.registered = new RegisteredVessel(registration, "", "", 18, "GILLNET", null, (int) vesselId, terminal, "PORT-NINHCHU");
        return vessel;
    }

    /** AIS every 10 minutes until {@code untilMillis}; VMS every 2 h until {@code vmsUntilMillis}. */
    private void run(TestVessel vessel, long vmsUntilMillis, long untilMillis) {
        for (long t = T0; t <= untilMillis; t += 10 * MINUTE) {
            rule.onFix(vessel, vessel.ais(t, 11.3, 109.6, 1), out);
            if ((t - T0) % (2 * HOUR) == 0 && t <= vmsUntilMillis) {
                rule.onFix(vessel, vessel.vms(t, 11.3, 109.6, 1), out);
            }
            Definitions.tick(rule, out, t - 10 * MINUTE, t);
        }
    }

    @Test
    void noVmsReportForSixHoursAtSeaIsALossAndItEscalatesAtADay() {
        TestVessel lost = registered(574_100_001, "NT-90001-TS", "VMS-1");
        TestVessel reporting = registered(574_100_002, "NT-90002-TS", "VMS-2");
        run(reporting, T0 + 30 * HOUR, T0 + 30 * HOUR);
        run(lost, T0 + 2 * HOUR, T0 + 30 * HOUR);
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_100_001));
        assertEquals(T0 + 8 * HOUR, out.first().timeMillis());
        assertEquals(Severity.WARNING, out.first().severity());
        Detection escalated = out.raised.stream().filter(d -> d.severity() == Severity.CRITICAL).findFirst().orElseThrow();
        assertEquals(T0 + 26 * HOUR, escalated.timeMillis(), "24 h after the last report");
        assertTrue(escalated.summary().startsWith("no VMS report from terminal VMS-1 "), escalated.summary());

        rule.onFix(lost, lost.vms(T0 + 31 * HOUR, 11.3, 109.6, 1), out);
        assertEquals(List.of(new RecordingDetections.Ended(out.first().key(), T0 + 31 * HOUR)), out.ended);
    }

    @Test
    void inPortTheGapIsSixtyHours() {
        TestVessel moored = registered(574_100_003, "NT-90003-TS", "VMS-3");
        moored.atSea = false;
        run(moored, T0, T0 + 70 * HOUR);
        assertEquals(T0 + 60 * HOUR, out.first().timeMillis());
        assertTrue(out.first().summary().endsWith(" h in port"), out.first().summary());
    }

    @Test
    void aVesselWithoutATerminalIsNeverLost() {
        TestVessel noTerminal = registered(574_100_004, "NT-90004-TS", null);
        TestVessel unregistered = new TestVessel(574_100_005);
        run(noTerminal, T0, T0 + 12 * HOUR);
        run(unregistered, T0, T0 + 12 * HOUR);
        assertEquals(List.of(), out.raised);
    }

    @Test
    void aLossAtSeaEndsWhenTheVesselIsBackInPortWithinTheInPortGap() {
        TestVessel lost = registered(574_100_006, "NT-90006-TS", "VMS-6");
        run(lost, T0, T0 + 7 * HOUR);
        assertEquals(T0 + 6 * HOUR, out.first().timeMillis());
        lost.atSea = false;
        int raised = out.raised.size();
        Definitions.tick(rule, out, T0 + 7 * HOUR, T0 + 8 * HOUR);
        assertEquals(1, out.ended.size());
        assertTrue(out.ended.getFirst().timeMillis() <= T0 + 7 * HOUR + 15 * MINUTE);
        assertEquals(raised, out.raised.size(), "nothing raised in port");
    }
}
