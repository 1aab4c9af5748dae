package io.coastwatch.sim.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Writes a plan leg by leg while keeping a planning cursor: where the vessel is expected to be, and
 * when, at the end of the legs so far (legs of fixed duration add their duration; a transit adds
 * its length at its speed). Not thread-safe.
 */
public final class PlanBuilder {
    private final List<Leg> legs = new ArrayList<>();
    private final SeaRouter router;
    private LonLat position;
    private long timeMillis;

    /** Starts the plan with the vessel at {@code position} at {@code timeMillis}. */
    public PlanBuilder(SeaRouter router, LonLat position, long timeMillis) {
        this.router = router;
        this.position = position;
        this.timeMillis = timeMillis;
    }

    /** Where the vessel is planned to be after the legs so far. */
    public LonLat position() {
        return position;
    }

    /** When the legs so far are planned to end. */
    public long timeMillis() {
        return timeMillis;
    }

    public SeaRouter router() {
        return router;
    }

    /** Adds a leg of known duration that ends at {@code end}. */
    public PlanBuilder add(Leg leg, long durationMillis, LonLat end) {
        legs.add(leg);
        timeMillis += durationMillis;
        position = end;
        return this;
    }

    /** Holds at the current position (swinging by {@code swingMetres}) until {@code untilMillis}. */
    public PlanBuilder holdUntil(long untilMillis, double swingMetres, int navigationStatus) {
        long duration = Math.max(0, untilMillis - timeMillis);
        return add(new Holding(swingMetres, navigationStatus, duration), duration, position);
    }

    /** Steams straight along {@code route} (no land check: the caller routed it). */
    public PlanBuilder steam(List<LonLat> route, double speedKnots, int navigationStatus) {
        List<LonLat> full = new ArrayList<>(route.size() + 1);
        full.add(position);
        full.addAll(route);
        Transit transit = new Transit(full, speedKnots, navigationStatus);
        return add(transit, transit.durationMillis(), full.get(full.size() - 1));
    }

    /** Steams to {@code to} by a sea route round the land. */
    public PlanBuilder steamTo(LonLat to, double speedKnots) {
        List<LonLat> route = router.route(position, to);
        return steam(route.subList(1, route.size()), speedKnots, SimVesselState.UNDER_WAY);
    }

    /** Drifts for {@code durationMillis}; the cursor stays where the drift starts (the drift is short). */
    public PlanBuilder drift(double speedKnots, int navigationStatus, long durationMillis, RandomGenerator random) {
        return add(new Drifting(router.land(), speedKnots, random.nextDouble() * 360, navigationStatus, durationMillis),
                durationMillis, position);
    }

    /** Drifts for {@code durationMillis} staying where {@code area} holds (see {@link Drifting}). */
    public PlanBuilder drift(double speedKnots, int navigationStatus, long durationMillis, RandomGenerator random,
            Predicate<LonLat> area) {
        return add(new Drifting(router.land(), speedKnots, random.nextDouble() * 360, navigationStatus, durationMillis,
                area), durationMillis, position);
    }

    /** Holds for ever where the cursor is (the end of a plan). */
    public Plan build(double swingMetres, int navigationStatus, RandomGenerator random) {
        List<Leg> all = new ArrayList<>(legs);
        all.add(new Holding(swingMetres, navigationStatus, Long.MAX_VALUE));
        return new Plan(all, random);
    }
}
