package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.LonLat;

/** One logged step of a vessel's true track. Immutable. */
public record TrackPoint(long timeMillis, LonLat position, double speedKnots, double courseDegrees, int navigationStatus) {
}
