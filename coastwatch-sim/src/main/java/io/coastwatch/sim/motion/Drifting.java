package io.coastwatch.sim.motion;

import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Drifting with the current at low speed, the course wandering a little at each step: a gillnetter
 * lying to its net, a handliner on slow drift, a loitering vessel. Stays off land, and within its area
 * when it has one (a fishing vessel's own fishing zone): a step that would end on land (or within
 * 300 m of it) or outside the area turns the drift round instead.
 */
public final class Drifting implements Leg {
    private static final double WANDER_DEGREES = 8;
    private static final double LAND_MARGIN_METRES = 300;

    private final Coast land;
    private final double speedKnots;
    private final int navigationStatus;
    private final Predicate<LonLat> area;
    private double courseDegrees;
    private long remainingMillis;

    public Drifting(Coast land, double speedKnots, double courseDegrees, int navigationStatus, long durationMillis) {
        this(land, speedKnots, courseDegrees, navigationStatus, durationMillis, position -> true);
    }

    /** A drift that stays where {@code area} holds. */
    public Drifting(Coast land, double speedKnots, double courseDegrees, int navigationStatus, long durationMillis,
            Predicate<LonLat> area) {
        this.area = area;
        this.land = land;
        this.speedKnots = speedKnots;
        this.courseDegrees = courseDegrees;
        this.navigationStatus = navigationStatus;
        this.remainingMillis = durationMillis;
    }

    @Override
    public long advance(SimVesselState state, long stepMillis, RandomGenerator random) {
        long used = Math.min(stepMillis, remainingMillis);
        remainingMillis -= used;
        courseDegrees = Geo.normalizeDegrees(courseDegrees + (random.nextDouble() * 2 - 1) * WANDER_DEGREES);
        double speed = speedKnots * (0.8 + 0.4 * random.nextDouble());
        double metres = speed * Geo.METRES_PER_SECOND_PER_KNOT * used / 1000.0;
        LonLat to = Geo.destination(state.position(), courseDegrees, metres);
        if (land.nearLand(to, LAND_MARGIN_METRES) || !area.test(to)) {
            courseDegrees = Geo.normalizeDegrees(courseDegrees + 180);
            to = state.position();
        }
        state.move(to, speed, courseDegrees, navigationStatus, used);
        return used;
    }
}
