package io.coastwatch.sim.motion;

import java.util.random.RandomGenerator;

/**
 * One part of a vessel's plan: a transit, a fishing pattern, a stay at anchor. A leg keeps the
 * progress it has made; a fresh leg is made for every use.
 */
public interface Leg {

    /**
     * Moves {@code state} forward by at most {@code stepMillis}.
     *
     * @param random the vessel's own random source (for the small irregularities of real tracks)
     * @return the milliseconds used: less than {@code stepMillis} when the leg ended within the step
     */
    long advance(SimVesselState state, long stepMillis, RandomGenerator random);
}
