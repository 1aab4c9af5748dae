package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.geojson.DemoZones;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The zone stage's shortcuts give what the plain computation gives: a vessel's place "near port"
 * (measured again only when the vessel may have moved across the threshold) against the distance
 * measured at every fix, at sea with the two limits of {@code docs/rules.md}; and the recent fixes kept
 * in a ring against the rule written out with a list.
 */
class VesselPlaceTest {
    private static final List<Zone> ZONES = DemoZones.ninhThuan(new GeometryFactory());
    private static final long VESSEL = 574_001_234;
    /** Inside the Ninh Chu port zone, where the walks start. */
    private static final double PORT_LATITUDE = 11.625;
    private static final double PORT_LONGITUDE = 109.038;

    private static VesselSnapshot snapshot(PositionFix fix) {
        return new VesselSnapshot(fix.vesselId(), (int) fix.vesselId(), 0, null, null, null, null, 30, -1, -1, Double.NaN, null,
                Long.MIN_VALUE, "VN", fix, fix.timeMillis());
    }

    private static PositionFix fix(long vesselId, long timeMillis, double latitude, double longitude) {
        return new PositionFix(vesselId, timeMillis, latitude, longitude, 5, 90, -1, -1, FixSource.AIS_CLASS_A,
                Plausibility.PLAUSIBLE);
    }

    private static ZoneStage stage() {
        return new ZoneStage(ZoneSet.of(ZONES, LandMask.vietnamRegion()));
    }

    private static VesselPlace locate(ZoneStage stage, PositionFix fix) {
        return stage.locate(new TrackUpdate(fix, snapshot(fix))).place();
    }

    /** A random source whose seed is printed, for a rerun. */
    private static Random seeded(String what) {
        long seed = System.nanoTime();
        System.out.println("VesselPlaceTest " + what + " seed " + seed);
        return new Random(seed);
    }

    @Test
    void nearPortAgreesWithTheDistanceMeasuredAtEveryFix() {
        Random random = seeded("near port");
        ZoneStage stage = stage();
        double[] thresholds = {VesselPlace.PORT_ENTRY_METRES, VesselPlace.PORT_EXIT_METRES, 10_000, 25_000};
        for (int walk = 0; walk < 20; walk++) {
            assertFalse(new VesselPlace().nearPort(1e9), "no fix yet");
            long vessel = VESSEL + walk;
            double latitude = PORT_LATITUDE;
            double longitude = PORT_LONGITUDE + 0.05;
            for (int step = 0; step < 2_000; step++) {
                // mostly small steps, now and then a long one (a VMS report two hours on)
                double stepDegrees = random.nextInt(20) == 0 ? 0.1 : 0.003;
                latitude += (random.nextDouble() - 0.5) * stepDegrees;
                longitude += (random.nextDouble() - 0.45) * stepDegrees;
                PositionFix fix = fix(vessel, step * 60_000L, latitude, longitude);
                VesselPlace place = locate(stage, fix);
                double metres = stage.zones().ports().metres(latitude, longitude);
                for (double threshold : thresholds) {
                    assertEquals(metres <= threshold, place.nearPort(threshold), "walk " + walk + " step " + step
                            + " at " + latitude + ", " + longitude + ": " + metres + " m, threshold " + threshold);
                }
            }
        }
    }

    @Test
    void atSeaLeavesPortBeyondFourKilometresAndEntersWithinThree() {
        ZoneStage stage = stage();
        VesselPlace vessel = null;
        double longitude = PORT_LONGITUDE;
        long time = 0;
        boolean wasAtSea = false;
        for (int step = 0; step < 400; step++, time += 60_000) {
            longitude += step == 0 ? 0 : step <= 200 ? 0.001 : -0.001;
            PositionFix fix = fix(VESSEL, time, PORT_LATITUDE, longitude);
            vessel = locate(stage, fix);
            double metres = stage.zones().ports().metres(PORT_LATITUDE, longitude);
            if (!wasAtSea && vessel.atSea()) {
                assertTrue(metres > VesselPlace.PORT_EXIT_METRES, "left port at " + metres + " m");
                assertEquals(time, vessel.leftPortMillis());
            }
            if (wasAtSea && !vessel.atSea()) {
                assertTrue(metres <= VesselPlace.PORT_ENTRY_METRES, "back in port at " + metres + " m");
            }
            wasAtSea = vessel.atSea();
        }
        assertFalse(vessel.atSea(), "back in port at the end");
        assertTrue(vessel.leftPortMillis() > 0, "it did leave");
    }

    @Test
    void recentFixesKeepFourHoursSpacedHalfAMinuteApartAtMostRecentMax() {
        Random random = seeded("ring");
        RecentFixes recent = new RecentFixes();
        List<PositionFix> expected = new ArrayList<>();
        long time = 0;
        for (int step = 0; step < 5_000; step++) {
            time += random.nextInt(10) == 0 ? random.nextInt(3_600_000) : random.nextInt(40_000);
            PositionFix fix = fix(VESSEL, time, 12.5, 109.8);
            recent.remember(fix);
            // the rule, written out: the newest is dropped when it came too soon after the one before
            if (expected.size() >= 2 && expected.getLast().timeMillis()
                    - expected.get(expected.size() - 2).timeMillis() < RecentFixes.RECENT_SPACING_MILLIS) {
                expected.removeLast();
            }
            expected.add(fix);
            while (expected.size() > RecentFixes.RECENT_MAX || (expected.size() > 1
                    && expected.getFirst().timeMillis() < time - RecentFixes.RECENT_MILLIS)) {
                expected.removeFirst();
            }
            assertEquals(expected, List.copyOf(recent), "step " + step);
        }
    }
}
