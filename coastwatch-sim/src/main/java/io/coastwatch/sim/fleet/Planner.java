package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.Circling;
import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.Holding;
import io.coastwatch.sim.motion.Line;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.PlanBuilder;
import io.coastwatch.sim.motion.Polygon;
import io.coastwatch.sim.motion.SeaRouter;
import io.coastwatch.sim.motion.SimVesselState;
import io.coastwatch.sim.scenario.Gear;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The seamanship of the simulated fleet: choosing fishing grounds at sea, leaving and entering
 * port through the harbour gate, and the pattern each gear fishes in (purse seine circling then
 * hauling, gillnet shot and drifted, light-lure scoop net anchored through the night, handline on
 * slow drift). The fleet keeps to the law where nothing is scripted: a vessel fishes only within the
 * zone it is given (its length class's zone), outside the protected areas (unless the zone asked for
 * is one) and, on the home side of the national limit, at least {@link #LIMIT_MARGIN_METRES} inside
 * it (so that its course and speed never point across the limit within two hours); only the
 * scripted events break these rules. Stateless apart from its collaborators; thread-safe.
 */
public final class Planner {
    /** Local time of the demo area (Indochina Time, UTC+7). */
    public static final ZoneOffset LOCAL_TIME = ZoneOffset.ofHours(7);
    private static final double HARBOUR_SPEED_KNOTS = 6;
    private static final double MOORING_SWING_METRES = 8;
    private static final int GROUND_TRIES = 2_000;
    /** A fishing ground lies at least this far inside its area, so that a purse seine's first circle stays in. */
    private static final double GROUND_MARGIN_METRES = 500;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    /** How far inside the national limit the fleet keeps when fishing: 20 nm. */
    public static final double LIMIT_MARGIN_METRES = 20 * Geo.METRES_PER_NAUTICAL_MILE;

    private final SeaRouter router;
    private final List<Polygon> protectedAreas;
    private final Line nationalLimit;

    /** A planner with no protected area and no national limit to keep from. */
    public Planner(SeaRouter router) {
        this(router, List.of(), null);
    }

    /**
     * @param router routes by sea
     * @param protectedAreas areas where the fleet does not fish
     * @param nationalLimit the national limit (home side on its left), or null when there is none
     */
    public Planner(SeaRouter router, List<Polygon> protectedAreas, Line nationalLimit) {
        this.router = router;
        this.protectedAreas = List.copyOf(protectedAreas);
        this.nationalLimit = nationalLimit;
    }

    /**
     * Where a vessel fishing in {@code zone} may be: inside it, outside the protected areas other than
     * the zone itself, and beyond the national limit or at least {@link #LIMIT_MARGIN_METRES} inside it.
     */
    public Predicate<LonLat> fishingArea(Polygon zone) {
        return position -> {
            if (!zone.contains(position)) {
                return false;
            }
            for (Polygon area : protectedAreas) {
                if (area != zone && area.contains(position)) {
                    return false;
                }
            }
            if (nationalLimit == null) {
                return true;
            }
            double signedMetres = nationalLimit.signedDistanceMetres(position);
            return signedMetres > 0 || signedMetres <= -LIMIT_MARGIN_METRES;
        };
    }

    public SeaRouter router() {
        return router;
    }

    /**
     * A fishing ground: a point of the {@link #fishingArea} of {@code zone} (500 m inside it), within {@code maxMetres} of {@code near}, at
     * least {@code minLandMetres} off land, reachable by sea from {@code near}.
     *
     * @throws IllegalArgumentException when none is found
     */
    public LonLat ground(Polygon zone, LonLat near, double minMetres, double maxMetres, double minLandMetres,
            RandomGenerator random) {
        return ground(zone, near, minMetres, maxMetres, minLandMetres, GROUND_MARGIN_METRES, random);
    }

    /**
     * A point of the {@link #fishingArea} of {@code zone}, {@code edgeMarginMetres} inside it, within
     * {@code maxMetres} of {@code near}, at least {@code minLandMetres} off land, reachable by sea from
     * {@code near} (a spot to anchor at in a small area asks for no margin).
     *
     * @throws IllegalArgumentException when none is found
     */
    public LonLat ground(Polygon zone, LonLat near, double minMetres, double maxMetres, double minLandMetres,
            double edgeMarginMetres, RandomGenerator random) {
        Predicate<LonLat> area = fishingArea(zone);
        for (int i = 0; i < GROUND_TRIES; i++) {
            LonLat candidate = Geo.destination(near, random.nextDouble() * 360,
                    minMetres + random.nextDouble() * (maxMetres - minMetres));
            if (withMargin(area, candidate, edgeMarginMetres) && router.land().distanceToLandMetres(candidate) >= minLandMetres
                    && reachable(near, candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no fishing ground found within " + Math.round(maxMetres) + " m of " + near);
    }

    /**
     * Where a purse seiner starts its next set, {@code radius} from the last set's centre (the next
     * circle goes round it): a random bearing whose circle stays in {@code area}, else back towards
     * the ground, so that the sets do not wander out of the area.
     */
    private static LonLat nextSet(Predicate<LonLat> area, LonLat centre, LonLat ground, double radius,
            RandomGenerator random) {
        for (int i = 0; i < 12; i++) {
            LonLat candidate = Geo.destination(centre, random.nextDouble() * 360, radius);
            if (withMargin(area, candidate, radius + 50)) {
                return candidate;
            }
        }
        return Geo.destination(centre, Geo.bearingDegrees(centre, ground), radius);
    }

    /** Whether {@code area} holds at {@code position} and all round it at {@code marginMetres}. */
    private static boolean withMargin(Predicate<LonLat> area, LonLat position, double marginMetres) {
        if (!area.test(position)) {
            return false;
        }
        if (marginMetres <= 0) {
            return true;
        }
        for (int bearing = 0; bearing < 360; bearing += 45) {
            if (!area.test(Geo.destination(position, bearing, marginMetres))) {
                return false;
            }
        }
        return true;
    }

    /** Casts off and steams out through the harbour gate. */
    public void leavePort(PlanBuilder plan, LonLat berth) {
        plan.steam(java.util.List.of(router.gate(berth)), HARBOUR_SPEED_KNOTS, SimVesselState.UNDER_WAY);
    }

    /** Steams home through the harbour gate to the berth, and moors. */
    public void returnToPort(PlanBuilder plan, LonLat berth, double speedKnots) {
        plan.steamTo(router.gate(berth), speedKnots);
        plan.steam(java.util.List.of(berth), HARBOUR_SPEED_KNOTS, SimVesselState.UNDER_WAY);
    }

    /** Stays moored at the berth until {@code untilMillis}. */
    public void moorUntil(PlanBuilder plan, long untilMillis) {
        plan.holdUntil(untilMillis, MOORING_SWING_METRES, SimVesselState.MOORED);
    }

    /**
     * Fishes with {@code gear} around the planned position for about {@code durationMillis}, moving
     * between sets within {@code zone}.
     */
    public void fish(PlanBuilder plan, Gear gear, Polygon zone, long durationMillis, RandomGenerator random) {
        long end = plan.timeMillis() + durationMillis;
        Predicate<LonLat> area = fishingArea(zone);
        LonLat ground = plan.position();
        while (plan.timeMillis() < end) {
            long left = end - plan.timeMillis();
            switch (gear) {
                case PURSE_SEINE -> {
                    double radius = 250 + random.nextDouble() * 100;
                    LonLat centre = plan.position();
                    LonLat onCircle = nextSet(area, centre, ground, radius, random);
                    plan.steam(java.util.List.of(onCircle), 5, SimVesselState.FISHING);
                    long shooting = Math.min(left, 25 * MINUTE);
                    plan.add(new Circling(centre, radius, 3, shooting), shooting, onCircle);
                    long hauling = Math.min(Math.max(0, end - plan.timeMillis()), (60 + random.nextInt(31)) * MINUTE);
                    plan.add(new Holding(30, SimVesselState.FISHING, hauling), hauling, onCircle);
                }
                case GILLNET -> {
                    moveWithin(plan, area, 2_000, 8, SimVesselState.FISHING, random);
                    plan.drift(0.4 + random.nextDouble() * 0.4, SimVesselState.FISHING, Math.min(left, (3 + random.nextInt(2)) * HOUR), random, area);
                }
                case LIGHT_LURE_SCOOP_NET -> {
                    long night = untilLocalHour(plan.timeMillis(), 4);
                    if (night <= 10 * HOUR) { // between 18:00 and 04:00 local: anchored with lights until dawn
                        long anchored = Math.min(left, night);
                        plan.add(new Holding(25, SimVesselState.FISHING, anchored), anchored, plan.position());
                    } else {
                        moveWithin(plan, area, 4_000, 7, SimVesselState.UNDER_WAY, random);
                        plan.drift(0.5, SimVesselState.UNDER_WAY, Math.min(Math.max(0, end - plan.timeMillis()), untilLocalHour(plan.timeMillis(), 18)), random, area);
                    }
                }
                case HANDLINE -> {
                    plan.drift(0.8 + random.nextDouble() * 0.7, SimVesselState.FISHING, Math.min(left, (4 + random.nextInt(3)) * HOUR), random, area);
                    moveWithin(plan, area, 5_000, 8, SimVesselState.UNDER_WAY, random);
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

    /** Moves to a new spot of {@code area} up to {@code maxMetres} away (stays put when none is clear). */
    private void moveWithin(PlanBuilder plan, Predicate<LonLat> area, double maxMetres, double speedKnots, int status,
            RandomGenerator random) {
        LonLat from = plan.position();
        for (int i = 0; i < 20; i++) {
            LonLat to = Geo.destination(from, random.nextDouble() * 360, maxMetres * (0.5 + random.nextDouble() / 2));
            if (area.test(to) && !router.land().crossesLand(from, to) && router.land().distanceToLandMetres(to) > 1_500) {
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
