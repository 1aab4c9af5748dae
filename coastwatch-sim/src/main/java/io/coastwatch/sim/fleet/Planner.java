package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.Circling;
import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.Holding;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.PlanBuilder;
import io.coastwatch.sim.motion.Polygon;
import io.coastwatch.sim.motion.SeaRouter;
import io.coastwatch.sim.motion.VesselState;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

/**
 * The seamanship of the simulated fleet: choosing fishing grounds at sea, leaving and entering
 * port through the harbour gate, and the pattern each gear fishes in (purse seine circling then
 * hauling, gillnet shot and drifted, light-lure scoop net anchored through the night, handline on
 * slow drift). Stateless apart from its collaborators; thread-safe.
 */
public final class Planner {
    /** Local time of the demo area (Indochina Time, UTC+7). */
    public static final ZoneOffset LOCAL_TIME = ZoneOffset.ofHours(7);
    private static final double HARBOUR_SPEED_KNOTS = 6;
    private static final double MOORING_SWING_METRES = 8;
    private static final int GROUND_TRIES = 400;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    private final SeaRouter router;

    public Planner(SeaRouter router) {
        this.router = router;
    }

    public SeaRouter router() {
        return router;
    }

    /**
     * A fishing ground: a point inside {@code zone}, within {@code maxMetres} of {@code near}, at
     * least {@code minLandMetres} off land, reachable by sea from {@code near}.
     *
     * @throws IllegalArgumentException when none is found
     */
    public LonLat ground(Polygon zone, LonLat near, double minMetres, double maxMetres, double minLandMetres,
            RandomGenerator random) {
        for (int i = 0; i < GROUND_TRIES; i++) {
            LonLat candidate = Geo.destination(near, random.nextDouble() * 360,
                    minMetres + random.nextDouble() * (maxMetres - minMetres));
            if (zone.contains(candidate) && router.land().distanceToLandMetres(candidate) >= minLandMetres
                    && reachable(near, candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no fishing ground found within " + Math.round(maxMetres) + " m of " + near);
    }

    /** Casts off and steams out through the harbour gate. */
    public void leavePort(PlanBuilder plan, LonLat berth) {
        plan.steam(java.util.List.of(router.gate(berth)), HARBOUR_SPEED_KNOTS, VesselState.UNDER_WAY);
    }

    /** Steams home through the harbour gate to the berth, and moors. */
    public void returnToPort(PlanBuilder plan, LonLat berth, double speedKnots) {
        plan.steamTo(router.gate(berth), speedKnots);
        plan.steam(java.util.List.of(berth), HARBOUR_SPEED_KNOTS, VesselState.UNDER_WAY);
    }

    /** Stays moored at the berth until {@code untilMillis}. */
    public void moorUntil(PlanBuilder plan, long untilMillis) {
        plan.holdUntil(untilMillis, MOORING_SWING_METRES, VesselState.MOORED);
    }

    /**
     * Fishes with {@code gear} around the planned position for about {@code durationMillis}, moving
     * between sets within {@code zone}.
     */
    public void fish(PlanBuilder plan, Gear gear, Polygon zone, long durationMillis, RandomGenerator random) {
        long end = plan.timeMillis() + durationMillis;
        while (plan.timeMillis() < end) {
            long left = end - plan.timeMillis();
            switch (gear) {
                case PURSE_SEINE -> {
                    double radius = 250 + random.nextDouble() * 100;
                    LonLat centre = plan.position();
                    LonLat onCircle = Geo.destination(centre, random.nextDouble() * 360, radius);
                    plan.steam(java.util.List.of(onCircle), 5, VesselState.FISHING);
                    long shooting = Math.min(left, 25 * MINUTE);
                    plan.add(new Circling(centre, radius, 3, shooting), shooting, onCircle);
                    long hauling = Math.min(Math.max(0, end - plan.timeMillis()), (60 + random.nextInt(31)) * MINUTE);
                    plan.add(new Holding(30, VesselState.FISHING, hauling), hauling, onCircle);
                }
                case GILLNET -> {
                    moveWithin(plan, zone, 2_000, 8, VesselState.FISHING, random);
                    plan.drift(0.4 + random.nextDouble() * 0.4, VesselState.FISHING, Math.min(left, (3 + random.nextInt(2)) * HOUR), random);
                }
                case LIGHT_LURE_SCOOP_NET -> {
                    long night = untilLocalHour(plan.timeMillis(), 4);
                    if (night <= 10 * HOUR) { // between 18:00 and 04:00 local: anchored with lights until dawn
                        long anchored = Math.min(left, night);
                        plan.add(new Holding(25, VesselState.FISHING, anchored), anchored, plan.position());
                    } else {
                        moveWithin(plan, zone, 4_000, 7, VesselState.UNDER_WAY, random);
                        plan.drift(0.5, VesselState.UNDER_WAY, Math.min(Math.max(0, end - plan.timeMillis()), untilLocalHour(plan.timeMillis(), 18)), random);
                    }
                }
                case HANDLINE -> {
                    plan.drift(0.8 + random.nextDouble() * 0.7, VesselState.FISHING, Math.min(left, (4 + random.nextInt(3)) * HOUR), random);
                    moveWithin(plan, zone, 5_000, 8, VesselState.UNDER_WAY, random);
                }
            }
        }
    }

    /** Milliseconds from {@code timeMillis} to the next {@code hour}:00 local time. */
    public static long untilLocalHour(long timeMillis, int hour) {
        long localMillis = timeMillis + LOCAL_TIME.getTotalSeconds() * 1000L;
        long dayMillis = Math.floorMod(localMillis, 24 * HOUR);
        long target = hour * HOUR;
        return target > dayMillis ? target - dayMillis : 24 * HOUR - dayMillis + target;
    }

    /** Moves to a new spot within {@code zone} up to {@code maxMetres} away (stays put when none is clear). */
    private void moveWithin(PlanBuilder plan, Polygon zone, double maxMetres, double speedKnots, int status,
            RandomGenerator random) {
        LonLat from = plan.position();
        for (int i = 0; i < 20; i++) {
            LonLat to = Geo.destination(from, random.nextDouble() * 360, maxMetres * (0.5 + random.nextDouble() / 2));
            if (zone.contains(to) && !router.land().crossesLand(from, to) && router.land().distanceToLandMetres(to) > 1_500) {
                plan.steam(java.util.List.of(to), speedKnots, status);
                return;
            }
        }
    }

    private boolean reachable(LonLat from, LonLat to) {
        try {
            router.route(from, to);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Milliseconds per hour, for callers planning in hours. */
    public static long hours(double hours) {
        return Math.round(hours * HOUR);
    }
}
