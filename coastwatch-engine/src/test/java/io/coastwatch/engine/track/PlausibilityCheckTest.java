package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.geo.LandMask;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlausibilityCheckTest {
    private static final PlausibilityCheck CHECK = new PlausibilityCheck(LandMask.vietnamRegion());
    private static final long T = 1_764_028_800_000L;
    private static final PositionFix LAST = new PositionFix(1, T, 11.30, 109.50, 10, 90, 90, 0,
            FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);

    @Test
    void missingOrOutOfRangeCoordinatesAreNotAvailable() {
        assertEquals(Plausibility.NOT_AVAILABLE, CHECK.judge(FixSource.AIS_CLASS_A, T, Double.NaN, 109, null));
        assertEquals(Plausibility.NOT_AVAILABLE, CHECK.judge(FixSource.AIS_CLASS_A, T, 11, Double.NaN, null));
        assertEquals(Plausibility.NOT_AVAILABLE, CHECK.judge(FixSource.VMS, T, 91, 181, null));
    }

    @Test
    void shipsFarInlandAreOnLandButFixedStationsAndAircraftAreNot() {
        assertEquals(Plausibility.ON_LAND, CHECK.judge(FixSource.AIS_CLASS_A, T, 11.94, 108.44, null));
        assertEquals(Plausibility.ON_LAND, CHECK.judge(FixSource.VMS, T, 11.94, 108.44, null));
        assertEquals(Plausibility.PLAUSIBLE, CHECK.judge(FixSource.AIS_BASE_STATION, T, 11.94, 108.44, null));
        assertEquals(Plausibility.PLAUSIBLE, CHECK.judge(FixSource.AIS_SAR_AIRCRAFT, T, 11.94, 108.44, null));
        assertEquals(Plausibility.PLAUSIBLE, CHECK.judge(FixSource.AIS_CLASS_A, T, 11.57, 109.024, null));
    }

    @Test
    void fasterThanFiftyKnotsFromTheLastPlausibleFixIsAJump() {
        // 0.1° of latitude is 6 nautical miles: 60 kn in 6 minutes, 40 kn in 9 minutes
        assertEquals(Plausibility.IMPLAUSIBLE_JUMP,
                CHECK.judge(FixSource.AIS_CLASS_A, T + 360_000, 11.40, 109.50, LAST));
        assertEquals(Plausibility.PLAUSIBLE, CHECK.judge(FixSource.AIS_CLASS_A, T + 540_000, 11.40, 109.50, LAST));
        assertEquals(Plausibility.IMPLAUSIBLE_JUMP,
                CHECK.judge(FixSource.AIS_CLASS_A, T - 360_000, 11.40, 109.50, LAST), "older fix, same test");
        assertEquals(Plausibility.PLAUSIBLE, CHECK.judge(FixSource.AIS_SAR_AIRCRAFT, T + 60_000, 11.40, 109.50, LAST));
    }

    @Test
    void gpsJitterAtNearZeroTimeIsNoJump() {
        // 100 m in the same millisecond: an infinite speed, but within the jitter allowance
        assertEquals(Plausibility.PLAUSIBLE, CHECK.judge(FixSource.AIS_CLASS_A, T, 11.3009, 109.50, LAST));
        assertEquals(Plausibility.IMPLAUSIBLE_JUMP, CHECK.judge(FixSource.AIS_CLASS_A, T + 1000, 11.31, 109.50, LAST));
    }

    @Test
    void theCheapBoundsAgreeWithTheGreatCircle() {
        long seed = System.nanoTime();
        System.out.println("PlausibilityCheckTest seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 100_000; i++) {
            double scale = Math.pow(10, -4 + random.nextInt(5));      // 0.0001° to 1°
            double latitude = LAST.latitude() + (random.nextDouble() - 0.5) * scale;
            double longitude = LAST.longitude() + (random.nextDouble() - 0.5) * scale;
            long timeMillis = T + random.nextInt(600_000);
            double metres = GreatCircle.distanceMetres(LAST.latitude(), LAST.longitude(),
                    latitude, longitude);
            double allowed = Math.max(PlausibilityCheck.DEFAULT_JITTER_METRES,
                    PlausibilityCheck.DEFAULT_MAX_SPEED_KNOTS * GreatCircle.METRES_PER_NAUTICAL_MILE / 3600 * (timeMillis - T) / 1000.0);
            assertEquals(metres <= allowed, CHECK.reachable(LAST, timeMillis, latitude, longitude),
                    latitude + ", " + longitude + " at " + timeMillis);
        }
    }
}
