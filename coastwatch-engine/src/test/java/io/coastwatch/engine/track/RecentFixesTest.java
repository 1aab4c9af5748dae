package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentFixesTest {
    private static final long VESSEL = 574_000_001L;
    private static final long T0 = 1_796_000_000_000L;
    private static final long SECOND = 1_000;

    private static PositionFix fix(long timeMillis, double latitude, double longitude, double speed, double course) {
        return new PositionFix(VESSEL, timeMillis, latitude, longitude, speed, course, 45, 7, FixSource.AIS_CLASS_B,
                Plausibility.PLAUSIBLE);
    }

    @Test
    void fixesAreReadBackToACentimetreAndATenthOldestFirst() {
        long seed = System.nanoTime();
        System.out.println("RecentFixesTest seed " + seed);
        Random random = new Random(seed);
        RecentFixes recent = new RecentFixes();
        List<PositionFix> given = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            PositionFix fix = fix(T0 + i * 60 * SECOND, 8 + random.nextDouble() * 14, 102 + random.nextDouble() * 16,
                    Math.round(random.nextDouble() * 300) / 10.0, Math.round(random.nextDouble() * 3599) / 10.0);
            given.add(fix);
            recent.remember(fix);
        }
        assertEquals(100, recent.size());
        for (int i = 0; i < given.size(); i++) {
            PositionFix expected = given.get(i);
            PositionFix kept = recent.get(i);
            assertEquals(expected.timeMillis(), kept.timeMillis());
            assertEquals(expected.latitude(), kept.latitude(), 1e-7, "seed " + seed);
            assertEquals(expected.longitude(), kept.longitude(), 1e-7, "seed " + seed);
            assertEquals(expected.speedKnots(), kept.speedKnots(), 1e-9, "AIS speeds are tenths");
            assertEquals(expected.courseDegrees(), kept.courseDegrees(), 1e-9, "AIS courses are tenths");
            assertEquals(List.of(VESSEL, 45, 7, FixSource.AIS_CLASS_B, Plausibility.PLAUSIBLE), List.of(kept.vesselId(),
                    kept.headingDegrees(), kept.navigationStatus(), kept.source(), kept.plausibility()));
        }
    }

    @Test
    void aSpeedOrCourseNotReportedStaysNotANumber() {
        RecentFixes recent = new RecentFixes();
        recent.remember(fix(T0, 11.5, 109.2, Double.NaN, Double.NaN));
        assertTrue(Double.isNaN(recent.get(0).speedKnots()));
        assertTrue(Double.isNaN(recent.get(0).courseDegrees()));
    }

    @Test
    void aFixTooSoonAfterTheOneBeforeIsReplacedByTheNextAndOldOnesLeave() {
        RecentFixes recent = new RecentFixes();
        for (long t = 0; t <= 5 * 3_600; t += 10) { // every 10 s for 5 h: the ring grows and wraps
            recent.remember(fix(T0 + t * SECOND, 11.5, 109.2 + t * 1e-6, 6, 90));
        }
        long newest = T0 + 5 * 3_600 * SECOND;
        assertEquals(newest, recent.get(recent.size() - 1).timeMillis());
        assertTrue(recent.get(0).timeMillis() >= newest - RecentFixes.RECENT_MILLIS, "the last 4 h");
        for (int i = 1; i < recent.size() - 1; i++) {
            assertTrue(recent.get(i).timeMillis() - recent.get(i - 1).timeMillis() >= RecentFixes.RECENT_SPACING_MILLIS);
            assertEquals(109.2 + (recent.get(i).timeMillis() - T0) / 1000 * 1e-6, recent.get(i).longitude(), 1e-7,
                    "each time with its own position after the ring wrapped");
        }
        assertTrue(recent.size() <= RecentFixes.RECENT_MAX);
    }

    @Test
    void aFixMonthsAwayMovesTheTimeBaseAndTheFixesThatFarLeave() {
        RecentFixes recent = new RecentFixes();
        recent.remember(fix(T0, 11.5, 109.2, 6, 90));
        recent.remember(fix(T0 + 60 * SECOND, 11.5, 109.3, 6, 90));
        long monthLater = T0 + 30L * 24 * 3_600 * SECOND;
        recent.remember(fix(monthLater, 11.6, 109.4, 6, 90));
        assertEquals(List.of(monthLater), recent.stream().map(PositionFix::timeMillis).toList());
        recent.remember(fix(monthLater + 60 * SECOND, 11.6, 109.5, 6, 90));
        recent.remember(fix(monthLater + 20L * 24 * 3_600 * SECOND, 11.7, 109.6, 6, 90)); // within reach: kept, then old
        assertEquals(List.of(monthLater + 20L * 24 * 3_600 * SECOND),
                recent.stream().map(PositionFix::timeMillis).toList(), "the window is 4 h");
        recent.remember(fix(T0 - 60 * SECOND, 11.8, 109.7, 6, 90)); // far back: the base moves back
        assertEquals(T0 - 60 * SECOND, recent.getLast().timeMillis());
        assertEquals(109.7, recent.getLast().longitude(), 1e-7);
    }

    @Test
    void anImplausibleFixIsRefused() {
        RecentFixes recent = new RecentFixes();
        PositionFix onLand = new PositionFix(VESSEL, T0, 11.5, 109.2, 6, 90, 45, 7, FixSource.AIS_CLASS_B,
                Plausibility.ON_LAND);
        assertThrows(IllegalArgumentException.class, () -> recent.remember(onLand));
    }

    @Test
    void anotherVesselsFixIsRefused() {
        RecentFixes recent = new RecentFixes();
        recent.remember(fix(T0, 11.5, 109.2, 6, 90));
        PositionFix other = new PositionFix(VESSEL + 1, T0 + SECOND, 11.5, 109.2, 6, 90, 45, 7, FixSource.AIS_CLASS_B,
                Plausibility.PLAUSIBLE);
        assertThrows(IllegalArgumentException.class, () -> recent.remember(other));
        assertThrows(IndexOutOfBoundsException.class, () -> recent.get(1));
    }
}
