package io.coastwatch.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.geojson.DemoZones;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The vessel state's shortcuts give what the plain computation gives: "near port" (measured again only
 * when the vessel may have moved across the threshold) against the distance measured at every fix,
 * and the recent fixes kept in a ring against the rule of RULES.md written out with a list.
 */
class TrackedVesselTest {
    private static final List<Zone> ZONES = DemoZones.ninhThuan(new GeometryFactory());
    private static final long VESSEL = 574_001_234;
    /** Inside the Ninh Chu port zone, where the walks start. */
    private static final double PORT_LATITUDE = 11.625;
    private static final double PORT_LONGITUDE = 109.038;

    private static VesselSnapshot snapshot(PositionFix fix) {
        return new VesselSnapshot(VESSEL, (int) VESSEL, 0, null, null, null, null, 30, -1, -1, Double.NaN, null,
                Long.MIN_VALUE, "VN", fix, fix.timeMillis());
    }

    private static PositionFix fix(long timeMillis, double latitude, double longitude) {
        return new PositionFix(VESSEL, timeMillis, latitude, longitude, 5, 90, -1, -1, FixSource.AIS_CLASS_A,
                Plausibility.PLAUSIBLE);
    }

    private static EngineEnvironment environment() {
        return new EngineEnvironment(ZONES, InMemoryVesselRegistry.EMPTY, RuleEngineTest.LAND);
    }

    /** A random source whose seed is printed, for a rerun. */
    private static Random seeded(String what) {
        long seed = System.nanoTime();
        System.out.println("TrackedVesselTest " + what + " seed " + seed);
        return new Random(seed);
    }

    @Test
    void nearPortAgreesWithTheDistanceMeasuredAtEveryFix() {
        Random random = seeded("near port");
        EngineEnvironment environment = environment();
        double[] thresholds = {TrackedVessel.PORT_ENTRY_METRES, TrackedVessel.PORT_EXIT_METRES, 10_000, 25_000};
        for (int walk = 0; walk < 20; walk++) {
            TrackedVessel vessel = new TrackedVessel(VESSEL, environment);
            assertFalse(vessel.nearPort(1e9), "no fix yet");
            double latitude = PORT_LATITUDE;
            double longitude = PORT_LONGITUDE + 0.05;
            for (int step = 0; step < 2_000; step++) {
                // mostly small steps, now and then a long one (a VMS report two hours on)
                double stepDegrees = random.nextInt(20) == 0 ? 0.1 : 0.003;
                latitude += (random.nextDouble() - 0.5) * stepDegrees;
                longitude += (random.nextDouble() - 0.45) * stepDegrees;
                PositionFix fix = fix(step * 60_000L, latitude, longitude);
                vessel.update(new TrackUpdate(fix, snapshot(fix)));
                double metres = environment.distanceToPortMetres(latitude, longitude);
                for (double threshold : thresholds) {
                    assertEquals(metres <= threshold, vessel.nearPort(threshold), "walk " + walk + " step " + step
                            + " at " + latitude + ", " + longitude + ": " + metres + " m, threshold " + threshold);
                }
            }
        }
    }

    @Test
    void atSeaLeavesPortBeyondFourKilometresAndEntersWithinThree() {
        EngineEnvironment environment = environment();
        TrackedVessel vessel = new TrackedVessel(VESSEL, environment);
        double longitude = PORT_LONGITUDE;
        long time = 0;
        boolean wasAtSea = false;
        for (int step = 0; step < 400; step++, time += 60_000) {
            longitude += step == 0 ? 0 : step <= 200 ? 0.001 : -0.001;
            PositionFix fix = fix(time, PORT_LATITUDE, longitude);
            vessel.update(new TrackUpdate(fix, snapshot(fix)));
            double metres = environment.distanceToPortMetres(PORT_LATITUDE, longitude);
            if (!wasAtSea && vessel.atSea()) {
                assertTrue(metres > TrackedVessel.PORT_EXIT_METRES, "left port at " + metres + " m");
                assertEquals(time, vessel.leftPortMillis());
            }
            if (wasAtSea && !vessel.atSea()) {
                assertTrue(metres <= TrackedVessel.PORT_ENTRY_METRES, "back in port at " + metres + " m");
            }
            wasAtSea = vessel.atSea();
        }
        assertFalse(vessel.atSea(), "back in port at the end");
        assertTrue(vessel.leftPortMillis() > 0, "it did leave");
    }

    @Test
    void recentFixesKeepFourHoursSpacedHalfAMinuteApartAtMostFiveHundredAndTwelve() {
        Random random = seeded("ring");
        TrackedVessel vessel = new TrackedVessel(VESSEL, environment());
        List<PositionFix> expected = new ArrayList<>();
        long time = 0;
        for (int step = 0; step < 5_000; step++) {
            time += random.nextInt(10) == 0 ? random.nextInt(3_600_000) : random.nextInt(40_000);
            PositionFix fix = fix(time, 12.5, 109.8);
            vessel.update(new TrackUpdate(fix, snapshot(fix)));
            // the rule, written out: the newest is dropped when it came too soon after the one before
            if (expected.size() >= 2 && expected.getLast().timeMillis()
                    - expected.get(expected.size() - 2).timeMillis() < TrackedVessel.RECENT_SPACING_MILLIS) {
                expected.removeLast();
            }
            expected.add(fix);
            while (expected.size() > TrackedVessel.RECENT_MAX || (expected.size() > 1
                    && expected.getFirst().timeMillis() < time - TrackedVessel.RECENT_MILLIS)) {
                expected.removeFirst();
            }
            assertEquals(expected, List.copyOf(vessel.recentFixes()), "step " + step);
        }
    }
}
