package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.HOUR;
import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that read port control's departure records: no departure record, overdue return. */
class PortControlRulesTest {
    private final TestEnvironment environment = new TestEnvironment();
    private final RecordingDetections out = new RecordingDetections();

    private TestVessel registered(long vesselId, String registration) {
        TestVessel vessel = new TestVessel(vesselId);
        vessel.registered = new RegisteredVessel(registration, "", "", 13, "GILLNET", null, (int) vesselId, null, "PORT-DONGHAI");
        environment.vessels.add(vessel.registered);
        return vessel;
    }

    /** Reports every 3 minutes over [fromMillis, toMillis), the clock ticking every minute. */
    private void sail(Rule rule, TestVessel vessel, long fromMillis, long toMillis) {
        for (long t = fromMillis; t < toMillis; t += 3 * MINUTE) {
            rule.onFix(vessel, vessel.ais(t, 11.4, 109.4, 6), out);
            Definitions.tick(rule, out, t, t + 3 * MINUTE);
        }
    }

    @Test
    void aFishingVesselAtSeaTwoHoursWithoutADepartureRecordIsReportedUntilItIsBack() {
        NoDepartureRecordRule rule = new NoDepartureRecordRule(Definitions.of(RuleType.NO_DEPARTURE_RECORD), environment);
        TestVessel unrecorded = registered(574_600_001, "NT-91001-TS");
        TestVessel recorded = registered(574_600_002, "NT-91002-TS");
        TestVessel firstSeenAtSea = registered(574_600_003, "NT-91003-TS");
        environment.departures.add(new DepartureRecord("NT-91002-TS", "PORT-DONGHAI", "BP-1", T0 - 4 * HOUR, T0 + 20 * HOUR,
                Long.MIN_VALUE));
        unrecorded.leftPortMillis = T0;
        recorded.leftPortMillis = T0;
        sail(rule, recorded, T0, T0 + 4 * HOUR);
        sail(rule, firstSeenAtSea, T0, T0 + 4 * HOUR);
        sail(rule, unrecorded, T0, T0 + 4 * HOUR);
        assertEquals(T0 + 2 * HOUR, out.first().timeMillis());
        assertTrue(out.first().summary().startsWith("NT-91001-TS left port at "), out.first().summary());
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_600_001));
        unrecorded.atSea = false;
        sail(rule, unrecorded, T0 + 4 * HOUR, T0 + 5 * HOUR);
        assertEquals(List.of(new RecordingDetections.Ended(out.first().key(), T0 + 4 * HOUR)), out.ended);
    }

    @Test
    void aRecordEnteredLateEndsTheAlertAndOneOutsideTheWindowDoesNotCount() {
        NoDepartureRecordRule rule = new NoDepartureRecordRule(Definitions.of(RuleType.NO_DEPARTURE_RECORD), environment);
        TestVessel vessel = registered(574_600_004, "NT-91004-TS");
        vessel.leftPortMillis = T0;
        environment.departures.add(new DepartureRecord("NT-91004-TS", "PORT-DONGHAI", "BP-1", T0 - 7 * HOUR, T0,
                T0 - HOUR));
        sail(rule, vessel, T0, T0 + 3 * HOUR);
        assertEquals(T0 + 2 * HOUR, out.first().timeMillis(), "a record 7 h before is another trip");
        environment.departures.add(new DepartureRecord("NT-91004-TS", "PORT-DONGHAI", "BP-1", T0 + 10 * MINUTE,
                T0 + 20 * HOUR, Long.MIN_VALUE));
        sail(rule, vessel, T0 + 3 * HOUR, T0 + 4 * HOUR);
        assertEquals(T0 + 3 * HOUR, out.ended.getFirst().timeMillis());
    }

    @Test
    void leavingAnAnchorageOnARecordedTripIsNoUnrecordedDeparture() {
        NoDepartureRecordRule rule = new NoDepartureRecordRule(Definitions.of(RuleType.NO_DEPARTURE_RECORD), environment);
        TestVessel vessel = registered(574_600_008, "NT-91008-TS");
        TestVessel back = registered(574_600_009, "NT-91009-TS");
        // left its port at T0 - 9 h (recorded), anchored off another port, left that at T0
        environment.departures.add(new DepartureRecord("NT-91008-TS", "PORT-MYTAN", "BP-3", T0 - 9 * HOUR, T0 + 5 * HOUR,
                Long.MIN_VALUE));
        // a trip that ended (arrival recorded) before it left again: that one is unrecorded
        environment.departures.add(new DepartureRecord("NT-91009-TS", "PORT-MYTAN", "BP-3", T0 - 30 * HOUR, T0 - 20 * HOUR,
                T0 - 19 * HOUR));
        vessel.leftPortMillis = T0;
        back.leftPortMillis = T0;
        sail(rule, vessel, T0, T0 + 4 * HOUR);
        sail(rule, back, T0, T0 + 4 * HOUR);
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_600_009));
        assertEquals(T0 + 2 * HOUR, out.first().timeMillis());
    }

    @Test
    void aVmsOnlyStateOfTheSameRegistrationDoesNotTakeTheOverdueAlertOver() {
        OverdueReturnRule rule = new OverdueReturnRule(Definitions.of(RuleType.OVERDUE_RETURN), environment);
        TestVessel ais = registered(574_600_010, "NT-91010-TS");
        TestVessel vmsOnly = new TestVessel((1L << 32) + 7);
        vmsOnly.registered = ais.registered;
        environment.departures.add(new DepartureRecord("NT-91010-TS", "PORT-CANA", "BP-2", T0 - 96 * HOUR, T0 - 11 * HOUR,
                Long.MIN_VALUE));
        for (long t = T0; t < T0 + 3 * HOUR; t += 3 * MINUTE) {
            rule.onFix(ais, ais.ais(t, 11.2, 109.5, 6), out);
            if ((t - T0) % HOUR == 0) {
                rule.onFix(vmsOnly, vmsOnly.vms(t + MINUTE, 11.2, 109.5, 6), out);
            }
            Definitions.tick(rule, out, t, t + 3 * MINUTE);
        }
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_600_010));
        assertEquals(List.of(), out.ended);
    }

    @Test
    void aVesselTwelveHoursPastItsDeclaredReturnWithNoArrivalIsOverdue() {
        OverdueReturnRule rule = new OverdueReturnRule(Definitions.of(RuleType.OVERDUE_RETURN), environment);
        TestVessel overdue = registered(574_600_005, "NT-91005-TS");
        TestVessel arrived = registered(574_600_006, "NT-91006-TS");
        TestVessel inPort = registered(574_600_007, "NT-91007-TS");
        inPort.atSea = false;
        for (TestVessel vessel : List.of(overdue, arrived, inPort)) {
            environment.departures.add(new DepartureRecord(vessel.registered.registrationNumber(), "PORT-CANA", "BP-2",
                    T0 - 96 * HOUR, T0 - 11 * HOUR, vessel == arrived ? T0 - 11 * HOUR : Long.MIN_VALUE));
        }
        // a later trip's record, not begun yet, must not hide the overdue one
        environment.departures.add(new DepartureRecord("NT-91005-TS", "PORT-CANA", "BP-2", T0 + 30 * HOUR, T0 + 40 * HOUR,
                Long.MIN_VALUE));
        rule.onFix(overdue, overdue.ais(T0, 11.2, 109.5, 6), out);
        rule.onFix(arrived, arrived.ais(T0, 11.2, 109.5, 6), out);
        rule.onFix(inPort, inPort.ais(T0, 11.7, 109.2, 0), out);
        Definitions.tick(rule, out, T0, T0 + 3 * HOUR);      // silent: the clock decides
        assertTrue(out.first().timeMillis() > T0 + HOUR && out.first().timeMillis() <= T0 + HOUR + 5 * MINUTE,
                "12 h after the declared return, within a scan");
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_600_005));
        overdue.atSea = false;
        rule.onFix(overdue, overdue.ais(T0 + 3 * HOUR, 11.7, 109.2, 0), out);
        assertEquals(List.of(new RecordingDetections.Ended(out.first().key(), T0 + 3 * HOUR)), out.ended);
    }
}
