package io.coastwatch.sim.motion;

import java.util.random.RandomGenerator;

/**
 * Purse seining: shooting the net in a circle round a school at low speed (engaged in fishing),
 * clockwise, for a set time. The vessel is put on the circle at its first step.
 */
public final class Circling implements Leg {
    private final LonLat centre;
    private final double radiusMetres;
    private final double speedKnots;
    private long remainingMillis;
    private double angleDegrees = Double.NaN;

    public Circling(LonLat centre, double radiusMetres, double speedKnots, long durationMillis) {
        this.centre = centre;
        this.radiusMetres = radiusMetres;
        this.speedKnots = speedKnots;
        this.remainingMillis = durationMillis;
    }

    @Override
    public long advance(SimVesselState state, long stepMillis, RandomGenerator random) {
        if (Double.isNaN(angleDegrees)) {
            angleDegrees = Geo.bearingDegrees(centre, state.position());
        }
        long used = Math.min(stepMillis, remainingMillis);
        remainingMillis -= used;
        double arcMetres = speedKnots * Geo.METRES_PER_SECOND_PER_KNOT * used / 1000.0;
        angleDegrees = Geo.normalizeDegrees(angleDegrees + Math.toDegrees(arcMetres / radiusMetres));
        state.move(Geo.destination(centre, angleDegrees, radiusMetres), speedKnots, angleDegrees + 90,
                SimVesselState.FISHING, used);
        return used;
    }
}
