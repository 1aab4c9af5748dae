package io.coastwatch.server.vessel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DouglasPeuckerTest {

    private static PositionFix fix(long time, double lat, double lon) {
        return new PositionFix(1, time, lat, lon, 5, 90, 90, 0, FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
    }

    @Test
    void dropsPointsWithinTheToleranceAndKeepsTheCorner() {
        // East along 11.5°N for 0.1° (about 10.9 km), with 10 m of wobble, then north: an L.
        List<PositionFix> track = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            track.add(fix(i, 11.5 + (i % 2 == 0 ? 0 : 0.00009), 109.0 + i * 0.001));
        }
        for (int i = 1; i <= 100; i++) {
            track.add(fix(100 + i, 11.5 + i * 0.001, 109.1));
        }
        List<PositionFix> simplified = DouglasPeucker.simplify(track, 50);
        assertEquals(3, simplified.size(), simplified.toString());
        assertSame(track.get(0), simplified.get(0));
        assertSame(track.get(100), simplified.get(1));
        assertSame(track.get(200), simplified.get(2));
        // Under the wobble (10 m), every point of the first leg stays; the straight second leg still goes.
        assertEquals(101 + 1, DouglasPeucker.simplify(track, 5).size());
    }

    @Test
    void zeroToleranceOrFewPointsChangeNothing() {
        List<PositionFix> two = List.of(fix(0, 11, 109), fix(1, 11.1, 109.1));
        assertSame(two, DouglasPeucker.simplify(two, 100));
        List<PositionFix> three = List.of(fix(0, 11, 109), fix(1, 11.05, 109.0), fix(2, 11.1, 109.1));
        assertSame(three, DouglasPeucker.simplify(three, 0));
    }
}
