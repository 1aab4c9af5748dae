package io.coastwatch.sim.motion;

import java.util.random.RandomGenerator;

/**
 * Staying at one spot — moored, at anchor (the light-lure scoop netter at night), or lying
 * alongside another vessel — swinging within a few tens of metres of it, at a fraction of a knot.
 * The spot is where the vessel is when the leg begins: a circle or a drift that ended elsewhere
 * than planned does not make the vessel jump back to the planned place (a real vessel cannot).
 */
public final class Holding implements Leg {
    private LonLat spot;
    private final double swingMetres;
    private final int navigationStatus;
    private long remainingMillis;

    /**
     * @param swingMetres how far from the spot the reported position wanders
     * @param durationMillis how long; {@link Long#MAX_VALUE} for ever
     */
    public Holding(double swingMetres, int navigationStatus, long durationMillis) {
        this.swingMetres = swingMetres;
        this.navigationStatus = navigationStatus;
        this.remainingMillis = durationMillis;
    }

    @Override
    public long advance(SimVesselState state, long stepMillis, RandomGenerator random) {
        if (spot == null) {
            spot = state.position();
        }
        long used = Math.min(stepMillis, remainingMillis);
        if (remainingMillis != Long.MAX_VALUE) {
            remainingMillis -= used;
        }
        LonLat to = Geo.destination(spot, random.nextDouble() * 360, random.nextDouble() * swingMetres);
        double speed = swingMetres > 0 ? random.nextDouble() * 0.4 : 0;
        state.move(to, speed, random.nextDouble() * 360, navigationStatus, used);
        return used;
    }
}
