package io.coastwatch.engine.rule.behaviour;

import static io.coastwatch.engine.rule.behaviour.Definitions.HOUR;
import static io.coastwatch.engine.rule.behaviour.Definitions.MINUTE;
import static io.coastwatch.engine.rule.behaviour.Definitions.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class LoiteringRuleTest {
    private final RecordingDetections out = new RecordingDetections();

    /** Reports every 3 minutes over [fromMillis, toMillis) at {@code speedKnots}. */
    private static void drift(LoiteringRule rule, RecordingDetections out, TestVessel vessel, double lat, double lon,
            double speedKnots, long fromMillis, long toMillis) {
        for (long t = fromMillis; t < toMillis; t += 3 * MINUTE) {
            rule.onFix(vessel, vessel.ais(t, lat, lon, speedKnots), out);
        }
    }

    @Test
    void aReeferDriftingFarOffshoreForTwoHoursLoitersAndStopsWhenItSteamsOff() {
        LoiteringRule rule = new LoiteringRule(Definitions.of(RuleType.LOITERING), new TestEnvironment());
        TestVessel reefer = new TestVessel(351_300_001);
        reefer.distanceToShoreMetres = 25 * 1852;
        TestVessel inshore = new TestVessel(351_300_002);
        inshore.distanceToShoreMetres = 12 * 1852;
        drift(rule, out, inshore, 11.5, 109.3, 0.8, T0, T0 + 3 * HOUR);
        drift(rule, out, reefer, 11.3, 109.8, 0.8, T0, T0 + 3 * HOUR);
        assertEquals(T0 + 2 * HOUR, out.first().timeMillis());
        assertTrue(out.raised.stream().allMatch(d -> d.vesselId() == 351_300_001), "not the one 12 nm out");
        drift(rule, out, reefer, 11.3, 109.8, 10, T0 + 3 * HOUR, T0 + 4 * HOUR);
        assertEquals(List.of(new RecordingDetections.Ended(out.first().key(), T0 + 3 * HOUR)), out.ended);
    }

    @Test
    void withShoreDistanceZeroItIsAnywhereInTheAreaOfResponsibilityButNotInPort() {
        Zone area = new Zone("AOR", "area", ZoneKind.STATION_AREA,
                new GeometryFactory().toGeometry(new Envelope(108.8, 110.2, 10.8, 11.87)));
        LoiteringRule rule = new LoiteringRule(Definitions.of(RuleType.LOITERING, "shoreDistanceNm", "0"),
                new TestEnvironment(List.of(area), 11.58, 109.03));
        TestVessel near = new TestVessel(574_300_001);
        near.distanceToShoreMetres = 3 * 1852;
        TestVessel outside = new TestVessel(574_300_002);
        TestVessel inPort = new TestVessel(574_300_003);
        inPort.atSea = false;
        drift(rule, out, near, 11.5, 109.2, 1, T0, T0 + 3 * HOUR);
        drift(rule, out, outside, 12.5, 109.6, 1, T0, T0 + 3 * HOUR);
        drift(rule, out, inPort, 11.58, 109.03, 0, T0, T0 + 3 * HOUR);
        assertEquals(List.of(574_300_001L), out.raised.stream().map(d -> d.vesselId()).distinct().toList());
    }
}
