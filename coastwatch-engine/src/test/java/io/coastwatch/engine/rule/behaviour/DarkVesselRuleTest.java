package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.HOUR;
import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class DarkVesselRuleTest {
    private final TestEnvironment environment = new TestEnvironment();
    private final DarkVesselRule rule = new DarkVesselRule(Definitions.of(RuleType.DARK_VESSEL), environment);
    private final RecordingDetections out = new RecordingDetections();

    /** AIS every 10 minutes for two hours, then (from T0 + 2 h) silence; VMS every 2 h throughout. */
    private void goesDarkAtTwoHours(TestVessel vessel, long untilMillis) {
        for (long t = T0; t <= untilMillis; t += 10 * MINUTE) {
            if (t <= T0 + 2 * HOUR) {
                rule.onFix(vessel, vessel.ais(t, 11.3, 109.6, 4), out);
            }
            if ((t - T0) % (2 * HOUR) == 0) {
                rule.onFix(vessel, vessel.vms(t, 11.3, 109.6, 4), out);
            }
            Definitions.tick(rule, out, t - 10 * MINUTE, t);
        }
    }

    @Test
    void aVesselSilentOnAisAtSeaForSixHoursIsDarkAndEndsWhenItTransmitsAgain() {
        TestVessel dark = new TestVessel(574_000_001);
        TestVessel talking = new TestVessel(574_000_002);
        for (long t = T0; t <= T0 + 9 * HOUR; t += 10 * MINUTE) {
            rule.onFix(talking, talking.ais(t, 11.31, 109.61, 4), out);
        }
        goesDarkAtTwoHours(dark, T0 + 9 * HOUR);
        assertEquals(574_000_001, out.first().vesselId());
        assertEquals(T0 + 8 * HOUR, out.first().timeMillis(), "6 h after the last AIS report");
        assertEquals(Severity.WARNING, out.first().severity());
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 574_000_001), "the talking vessel is not dark");

        rule.onFix(dark, dark.ais(T0 + 9 * HOUR + 5 * MINUTE, 11.3, 109.6, 4), out);
        assertEquals(List.of(new RecordingDetections.Ended(out.first().key(), T0 + 9 * HOUR + 5 * MINUTE)), out.ended);
    }

    @Test
    void goingDarkFiftyMilesOffshoreIsLikelyDeliberateAfterTwelveHours() {
        TestVessel dark = new TestVessel(574_000_003);
        dark.distanceToShoreMetres = 60 * 1852;
        goesDarkAtTwoHours(dark, T0 + 15 * HOUR);
        assertEquals(Severity.WARNING, out.first().severity());
        assertEquals(T0 + 14 * HOUR, out.raised.stream().filter(d -> d.severity() == Severity.CRITICAL)
                .findFirst().orElseThrow().timeMillis());
        assertTrue(out.last().summary().endsWith(": likely deliberate"), out.last().summary());
    }

    @Test
    void nearerTheCoastItStaysAtTheBaseSeverity() {
        TestVessel dark = new TestVessel(574_000_004);
        dark.distanceToShoreMetres = 20 * 1852;
        goesDarkAtTwoHours(dark, T0 + 15 * HOUR);
        assertTrue(out.raised.stream().allMatch(d -> d.severity() == Severity.WARNING));
    }

    @Test
    void aBoatMooredInPortWithItsAisOffIsNotDark() {
        TestVessel moored = new TestVessel(574_000_005);
        moored.atSea = false;
        goesDarkAtTwoHours(moored, T0 + 12 * HOUR);
        assertEquals(List.of(), out.raised);
    }

    @Test
    void aDarkVesselSeenBackInPortByVmsEnds() {
        TestVessel dark = new TestVessel(574_000_006);
        goesDarkAtTwoHours(dark, T0 + 9 * HOUR);
        dark.atSea = false;
        rule.onFix(dark, dark.vms(T0 + 10 * HOUR, 11.58, 109.03, 0), out);
        assertEquals(1, out.ended.size());
        assertEquals(T0 + 10 * HOUR, out.ended.getFirst().timeMillis());
    }

    @Test
    void aShipLastSeenOutsideTheAreaOfResponsibilityLeftItAndIsNotDark() {
        GeometryFactory factory = new GeometryFactory();
        Zone area = new Zone("AOR", "area", ZoneKind.STATION_AREA, factory.toGeometry(new Envelope(108.8, 110.2, 10.8, 11.87)));
        TestEnvironment withArea = new TestEnvironment(List.of(area), 11.58, 109.03);
        DarkVesselRule scoped = new DarkVesselRule(Definitions.of(RuleType.DARK_VESSEL), withArea);
        TestVessel leaving = new TestVessel(351_000_001);
        TestVessel inside = new TestVessel(351_000_002);
        for (long t = T0; t <= T0 + 2 * HOUR; t += 10 * MINUTE) {
            scoped.onFix(leaving, leaving.ais(t, 12.0 + (t - T0) / (double) HOUR * 0.2, 109.5, 12), out);
            scoped.onFix(inside, inside.ais(t, 11.0, 109.5, 12), out);
        }
        Definitions.tick(scoped, out, T0 + 2 * HOUR, T0 + 10 * HOUR);
        assertEquals(List.of(351_000_002L), out.raised.stream().map(d -> d.vesselId()).distinct().toList());
    }
}
