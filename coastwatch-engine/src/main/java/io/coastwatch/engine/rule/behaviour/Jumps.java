package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.track.PositionFix;

/** The speed a jump implies. Stateless. */
final class Jumps {
    private Jumps() {
    }

    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    /**
     * Whether going from {@code from} to {@code to} takes at least {@code knots}: {@code
     * !(impliedSpeedKnots(from, to) < knots)} (so a repeated fix, NaN, counts), without the great-circle distance when an upper bound of it
     * (along the meridian, then along the parallel at the equator) already falls short.
     */
    static boolean atLeast(PositionFix from, PositionFix to, double knots) {
        double boundMetres = (Math.abs(to.latitude() - from.latitude()) + Math.abs(to.longitude() - from.longitude()))
                * METRES_PER_DEGREE * 1.000_001;
        double hours = Math.abs(to.timeMillis() - from.timeMillis()) / 3_600_000.0;
        if (boundMetres / GreatCircle.METRES_PER_NAUTICAL_MILE / hours < knots) {
            return false;
        }
        return !(impliedSpeedKnots(from, to) < knots);
    }

    /**
     * Knots needed to go from {@code from} to {@code to} (infinite when they share a time but not a
     * place; NaN when either has no position).
     */
    static double impliedSpeedKnots(PositionFix from, PositionFix to) {
        double metres = GreatCircle.distanceMetres(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        double hours = Math.abs(to.timeMillis() - from.timeMillis()) / 3_600_000.0;
        return metres / GreatCircle.METRES_PER_NAUTICAL_MILE / hours;
    }
}
