package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.track.PositionFix;

/** The speed a jump implies. Stateless. */
final class Jumps {
    private Jumps() {
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
