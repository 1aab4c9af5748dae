package io.coastwatch.sim.motion;

import java.util.List;
import java.util.random.RandomGenerator;

/** Steaming along a route of great-circle stretches at a constant speed, under way using engine. */
public final class Transit implements Leg {
    private final List<LonLat> route;
    private final double speedKnots;
    private final int navigationStatus;
    private int next;

    /**
     * @param route the points to steam to in turn, at least one (the vessel starts wherever it is,
     *     so a first point where it already lies costs nothing)
     */
    public Transit(List<LonLat> route, double speedKnots, int navigationStatus) {
        if (route.isEmpty() || !(speedKnots > 0)) {
            throw new IllegalArgumentException("a transit needs a route and a positive speed");
        }
        this.route = List.copyOf(route);
        this.speedKnots = speedKnots;
        this.navigationStatus = navigationStatus;
    }

    public Transit(List<LonLat> route, double speedKnots) {
        this(route, speedKnots, SimVesselState.UNDER_WAY);
    }

    /** Length of the route in metres. */
    public double lengthMetres() {
        double total = 0;
        for (int i = 1; i < route.size(); i++) {
            total += Geo.distanceMetres(route.get(i - 1), route.get(i));
        }
        return total;
    }

    /** Time the route takes at its speed, in milliseconds. */
    public long durationMillis() {
        return Math.round(lengthMetres() / (speedKnots * Geo.METRES_PER_SECOND_PER_KNOT) * 1000);
    }

    @Override
    public long advance(SimVesselState state, long stepMillis, RandomGenerator random) {
        long used = 0;
        LonLat at = state.position();
        double course = state.courseDegrees();
        while (next < route.size() && used < stepMillis) {
            LonLat target = route.get(next);
            double remaining = Geo.distanceMetres(at, target);
            double reach = speedKnots * Geo.METRES_PER_SECOND_PER_KNOT * (stepMillis - used) / 1000.0;
            if (remaining > 0.5) {
                course = Geo.bearingDegrees(at, target);
            }
            if (reach < remaining) {
                at = Geo.destination(at, course, reach);
                used = stepMillis;
            } else {
                used += Math.round(remaining / (speedKnots * Geo.METRES_PER_SECOND_PER_KNOT) * 1000);
                at = target;
                next++;
            }
        }
        used = Math.min(used, stepMillis);
        state.move(at, next < route.size() || used == stepMillis ? speedKnots : 0, course, navigationStatus, used);
        return next < route.size() ? stepMillis : used;
    }
}
