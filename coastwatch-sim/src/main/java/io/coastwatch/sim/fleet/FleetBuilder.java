package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.Coast;
import io.coastwatch.sim.motion.Line;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.Plan;
import io.coastwatch.sim.motion.PlanBuilder;
import io.coastwatch.sim.motion.Polygon;
import io.coastwatch.sim.motion.SeaRouter;
import io.coastwatch.sim.motion.Transit;
import io.coastwatch.sim.motion.SimVesselState;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.FleetSettings;
import io.coastwatch.sim.scenario.Gear;
import io.coastwatch.sim.scenario.LengthClass;
import io.coastwatch.sim.scenario.LoadSettings;
import io.coastwatch.sim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;

/**
 * Builds the fleet of a scenario: base stations at the receiving Border Guard stations, aids to
 * navigation, Vietnamese fishing vessels making trips from their ports with their gear, ships on
 * the coastal lane, foreign fishing vessels offshore, patrol boats, the vessels of the scripted
 * events ({@link EventScripter}) and the load fleet. Every random choice comes from the scenario's
 * seed, in a fixed order, so a scenario always builds the same fleet. Not thread-safe; use once.
 */
public final class FleetBuilder {
    /** The whole of simulated time, for vessels that never leave. */
    public static final TimeWindow ALWAYS = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);
    private static final long HOUR = 3_600_000;
    private static final long LANE_PRE_ROLL_MILLIS = 14 * HOUR;
    /** A vessel at sea when the run starts sailed at most this long before (bounds the fast-forward). */
    private static final long AT_SEA_SINCE_MAX_MILLIS = 30 * HOUR;
    private static final String[] FOREIGN_PREFIXES = {"YUE DONG YU", "QIONG SAN YA", "MIN LONG YU", "GUI BEI YU"};
    private static final String[] SHIP_WORDS = {"PACIFIC", "OCEAN", "GOLDEN", "SEA", "ASIA", "STAR", "GRACE", "HAI PHONG", "SAIGON", "EVER"};
    private static final String[] SHIP_NOUNS = {"PIONEER", "HARMONY", "GLORY", "TRADER", "SPIRIT", "EXPRESS", "LUCKY", "PEARL"};
    private static final String[] DESTINATIONS = {"VN SGN", "VN HPH", "CN SHA", "SG SIN", "VN CXR", "HK HKG", "TH BKK", "PH MNL"};

    private final Scenario scenario;
    private final Area area;
    private final SplittableRandom random;
    private final Registry registry = new Registry();
    private final Planner planner;
    private final long startMillis;
    private final long endMillis;
    private final List<Vessel> vessels = new ArrayList<>();
    private final List<LongFunction<TruthEvent>> truth = new ArrayList<>();

    public FleetBuilder(Scenario scenario, Area area) {
        this.scenario = scenario;
        this.area = area;
        this.random = new SplittableRandom(scenario.seed());
        this.planner = new Planner(new SeaRouter(area.land(), scenario.geography().seaWaypoints()),
                List.copyOf(area.protectedAreas().values()),
                scenario.geography().nationalLimit().size() < 2 ? null : new Line(scenario.geography().nationalLimit()));
        this.startMillis = scenario.start().toEpochMilli();
        this.endMillis = startMillis + scenario.duration().toMillis();
    }

    /**
     * Builds the fleet.
     *
     * @throws IllegalArgumentException when the scenario names a port, zone or station the area lacks
     */
    public Fleet build() {
        List<FixedStation> baseStations = baseStations();
        List<FixedStation> aids = new ArrayList<>();
        int aidSerial = 0;
        for (FleetSettings.AidToNavigation aid : scenario.fleet().aidsToNavigation()) {
            aids.add(new FixedStation("ATON-" + ++aidSerial, 995_740_000 + aidSerial, aid.name(), aid.position(), aid.aidType()));
        }
        for (FleetSettings.FishingGroup group : scenario.fleet().fishing()) {
            for (int i = 0; i < group.count(); i++) {
                vessels.add(fishingVessel(group, i, random.split()));
            }
        }
        if (scenario.fleet().lane() != null) {
            laneShips(scenario.fleet().lane());
        }
        for (FleetSettings.ForeignGroup group : scenario.fleet().foreignFishing()) {
            for (int i = 0; i < group.count(); i++) {
                vessels.add(foreignFishingVessel(group.mid(), random.split()));
            }
        }
        for (int i = 0; i < scenario.fleet().patrolBoats(); i++) {
            vessels.add(patrolBoat(i, random.split()));
        }
        new EventScripter(this).script(scenario.events());
        if (scenario.load() != null) {
            loadFleet(scenario.load());
        }
        return new Fleet(vessels, baseStations, aids, truth);
    }

    // --- shared with EventScripter -------------------------------------------------------------

    Scenario scenario() {
        return scenario;
    }

    Area area() {
        return area;
    }

    Planner planner() {
        return planner;
    }

    Registry registry() {
        return registry;
    }

    long startMillis() {
        return startMillis;
    }

    long endMillis() {
        return endMillis;
    }

    SplittableRandom newRandom() {
        return random.split();
    }

    int nextIndex() {
        return vessels.size();
    }

    void add(Vessel vessel) {
        vessels.add(vessel);
    }

    void addTruth(LongFunction<TruthEvent> check) {
        truth.add(check);
    }

    /** A Vietnamese fishing vessel's identity, drawn for its length class. */
    Identity fishingIdentity(LengthClass lengthClass, Gear gear, String portId, AisClass aisClass, RandomGenerator r) {
        int length = lengthClass.minLengthMetres() + r.nextInt(lengthClass.maxLengthMetres() - lengthClass.minLengthMetres());
        String registration = registry.registrationNumber(lengthClass);
        return new Identity(aisClass == AisClass.NONE ? 0 : registry.mmsi(Registry.VIET_NAM_MID),
                registration.replace('-', ' '), "", 0, registration,
                lengthClass == LengthClass.FROM_15_M ? registry.vmsDeviceId() : null, Kind.FISHING, length,
                Math.max(3, (int) Math.round(length / 3.6)), aisClass, lengthClass, gear, portId, "");
    }

    /** The station nearest a port: where its vessels' departures are recorded. */
    String stationNear(LonLat port) {
        String best = null;
        double bestMetres = Double.MAX_VALUE;
        for (Map.Entry<String, LonLat> station : area.stations().entrySet()) {
            double d = Geo.distanceMetres(port, station.getValue());
            if (d < bestMetres) {
                bestMetres = d;
                best = station.getKey();
            }
        }
        return best;
    }

    // --- background fleet ----------------------------------------------------------------------

    private List<FixedStation> baseStations() {
        List<String> ids = scenario.reception().stations().isEmpty()
                ? List.copyOf(area.stations().keySet()) : scenario.reception().stations();
        List<FixedStation> out = new ArrayList<>();
        int serial = 0;
        for (String id : ids) {
            LonLat position = area.stations().get(id);
            if (position == null) {
                throw new IllegalArgumentException("no station " + id + " in the demo area (known: " + area.stations().keySet() + ")");
            }
            serial++;
            out.add(new FixedStation(id, 5_740_000 + serial, id, position, 0)); // base station MMSI 00MIDxxxx
        }
        return out;
    }

    private Vessel fishingVessel(FleetSettings.FishingGroup group, int i, SplittableRandom r) {
        LengthClass lengthClass = group.lengthClass();
        Gear gear = group.gear().get(i % group.gear().size());
        boolean hasAis = lengthClass == LengthClass.FROM_15_M || r.nextDouble() < group.aisShare();
        Identity identity = fishingIdentity(lengthClass, gear, group.port(), AisClass.B, r);
        if (!hasAis) {
            identity = new Identity(0, identity.name(), "", 0, identity.registrationNumber(), identity.vmsDeviceId(),
                    Kind.FISHING, identity.lengthMetres(), identity.beamMetres(), AisClass.NONE, lengthClass, gear, group.port(), "");
        } else if (identity.lengthMetres() >= 24) {
            identity = new Identity(identity.mmsi(), identity.name(), "", 0, identity.registrationNumber(), identity.vmsDeviceId(),
                    Kind.FISHING, identity.lengthMetres(), identity.beamMetres(), AisClass.A, lengthClass, gear, group.port(), "");
        }
        LonLat berth = area.port(group.port());
        Polygon zone = area.zone(lengthClass.allowedZoneId());
        boolean atSea = r.nextDouble() < group.atSeaShare();
        long tripMillis = tripMillis(lengthClass, r);
        long departure = atSea ? startMillis - Math.min(AT_SEA_SINCE_MAX_MILLIS, (long) (tripMillis * (0.2 + 0.6 * r.nextDouble())))
                : startMillis + (lengthClass == LengthClass.UNDER_12_M
                        ? Planner.untilLocalHour(startMillis, 15) + r.nextLong(2 * HOUR) : r.nextLong(24 * HOUR));
        long planStart = Math.min(startMillis, departure) - 60_000;
        PlanBuilder plan = new PlanBuilder(planner.router(), berth, planStart);
        List<PortCall> calls = new ArrayList<>();
        while (departure < endMillis) {
            planner.moorUntil(plan, departure);
            planner.leavePort(plan, berth);
            double[] reach = reachMetres(lengthClass);
            LonLat ground = planner.ground(zone, plan.position(), reach[0], reach[1], 3_000, r);
            double cruiseKnots = cruiseKnots(lengthClass, r);
            plan.steamTo(ground, cruiseKnots);
            planner.fish(plan, gear, zone, tripMillis, r);
            planner.returnToPort(plan, berth, cruiseKnots);
            long arrival = plan.timeMillis();
            long declaredReturn = (arrival / HOUR + 1 + r.nextInt(3)) * HOUR;
            calls.add(new PortCall(group.port(), stationNear(berth), departure, declaredReturn, arrival, true));
            departure = lengthClass == LengthClass.UNDER_12_M
                    ? arrival + Planner.untilLocalHour(arrival, 15) + r.nextLong(2 * HOUR)
                    : arrival + 8 * HOUR + r.nextLong(6 * HOUR);
            tripMillis = tripMillis(lengthClass, r);
        }
        Vessel vessel = new Vessel(nextIndex(), identity, new SimVesselState(berth, planStart),
                plan.build(8, SimVesselState.MOORED, r), r, ALWAYS, false);
        calls.forEach(vessel::addPortCall);
        return vessel;
    }

    private static long tripMillis(LengthClass lengthClass, RandomGenerator r) {
        return switch (lengthClass) {
            case UNDER_12_M -> 8 * HOUR + r.nextLong(4 * HOUR);
            case FROM_12_TO_15_M -> 18 * HOUR + r.nextLong(18 * HOUR);
            case FROM_15_M -> 72 * HOUR + r.nextLong(96 * HOUR);
        };
    }

    /** How far from the harbour gate each class fishes, metres (min, max). */
    private static double[] reachMetres(LengthClass lengthClass) {
        return switch (lengthClass) {
            case UNDER_12_M -> new double[] {3_000, 15_000};
            case FROM_12_TO_15_M -> new double[] {14_000, 45_000};
            case FROM_15_M -> new double[] {48_000, 110_000};
        };
    }

    private static double cruiseKnots(LengthClass lengthClass, RandomGenerator r) {
        return switch (lengthClass) {
            case UNDER_12_M -> 6 + r.nextDouble();
            case FROM_12_TO_15_M -> 7 + r.nextDouble() * 1.5;
            case FROM_15_M -> 8 + r.nextDouble() * 2;
        };
    }

    private void laneShips(FleetSettings.LaneSettings lane) {
        if (!(lane.shipsPerHour() > 0)) {
            return;
        }
        double spacingMillis = HOUR / lane.shipsPerHour();
        int count = (int) Math.ceil((endMillis - startMillis + LANE_PRE_ROLL_MILLIS) / spacingMillis);
        for (int k = 0; k < count; k++) {
            SplittableRandom r = random.split();
            long appear = startMillis - LANE_PRE_ROLL_MILLIS + Math.round(k * spacingMillis + r.nextDouble() * spacingMillis / 2);
            boolean tanker = r.nextDouble() < lane.tankerShare();
            int mid = lane.mids().get(r.nextInt(lane.mids().size()));
            vessels.add(laneShip(appear, k % 2 == 0, tanker ? Kind.TANKER : Kind.CARGO, mid, 1_000 + r.nextDouble() * 3_500,
                    10 + r.nextDouble() * 5, r, false));
        }
    }

    /**
     * A ship steaming the whole lane from {@code appearMillis}, keeping to starboard of the
     * centreline by {@code offsetMetres}; it leaves the simulation at the end of the lane.
     *
     * @param logged whether to keep its true track (a scripted look-alike)
     */
    Vessel laneShip(long appearMillis, boolean northbound, Kind kind, int mid, double offsetMetres, double speedKnots,
            SplittableRandom r, boolean logged) {
        List<LonLat> centre = new ArrayList<>(area.lane());
        if (!northbound) {
            java.util.Collections.reverse(centre);
        }
        List<LonLat> route = new ArrayList<>(centre.size());
        for (int i = 0; i < centre.size(); i++) {
            LonLat a = centre.get(Math.max(0, i - 1));
            LonLat b = centre.get(Math.min(centre.size() - 1, i + 1));
            route.add(Geo.destination(centre.get(i), Geo.bearingDegrees(a, b) + 90, offsetMetres));
        }
        Transit transit = new Transit(route, speedKnots);
        int length = kind == Kind.TANKER ? 120 + r.nextInt(130) : 90 + r.nextInt(140);
        String name = SHIP_WORDS[r.nextInt(SHIP_WORDS.length)] + " " + SHIP_NOUNS[r.nextInt(SHIP_NOUNS.length)]
                + (r.nextBoolean() ? "" : " " + (1 + r.nextInt(9)));
        Identity identity = new Identity(registry.mmsi(mid), name, registry.callSign(mid, r), 9_100_000 + r.nextInt(800_000),
                null, null, kind, length, Math.max(12, length / 6), AisClass.A, null, null, null,
                DESTINATIONS[r.nextInt(DESTINATIONS.length)]);
        return new Vessel(nextIndex(), identity, new SimVesselState(route.get(0), appearMillis),
                new Plan(List.of(transit), r), r, new TimeWindow(appearMillis, appearMillis + transit.durationMillis()),
                logged);
    }

    private Vessel foreignFishingVessel(int mid, SplittableRandom r) {
        Line limit = nationalLimit();
        LonLat spot = Geo.destination(limit.middle(), limit.outwardBearingDegrees() + (r.nextDouble() - 0.5) * 100,
                (8 + r.nextDouble() * 30) * Geo.METRES_PER_NAUTICAL_MILE);
        Polygon box = box(spot, 15_000);
        PlanBuilder plan = new PlanBuilder(new SeaRouter(new Coast(List.of()), List.of()), spot, startMillis);
        planner.fish(plan, r.nextBoolean() ? Gear.HANDLINE : Gear.GILLNET, box, endMillis - startMillis, r);
        String name = FOREIGN_PREFIXES[r.nextInt(FOREIGN_PREFIXES.length)] + " " + (10_000 + r.nextInt(90_000));
        int length = 25 + r.nextInt(20);
        Identity identity = new Identity(registry.mmsi(mid), name, registry.callSign(mid, r), 0, null, null,
                Kind.FOREIGN_FISHING, length, length / 5, AisClass.A, null, Gear.HANDLINE, null, "");
        return new Vessel(nextIndex(), identity, new SimVesselState(spot, startMillis), plan.build(10, SimVesselState.FISHING, r),
                r, ALWAYS, false);
    }

    private Vessel patrolBoat(int i, SplittableRandom r) {
        List<String> ports = List.copyOf(area.ports().keySet());
        String portId = ports.get(i % ports.size());
        LonLat berth = area.port(portId);
        PlanBuilder plan = new PlanBuilder(planner.router(), berth, startMillis);
        List<LonLat> waypoints = scenario.geography().seaWaypoints();
        long cast = startMillis + r.nextLong(HOUR / 2);
        while (cast < endMillis && !waypoints.isEmpty()) {
            planner.moorUntil(plan, cast);
            planner.leavePort(plan, berth);
            for (int leg = 0; leg < 3; leg++) {
                plan.steamTo(waypoints.get(r.nextInt(waypoints.size())), 14 + r.nextDouble() * 6);
            }
            plan.holdUntil(plan.timeMillis() + HOUR + r.nextLong(HOUR), 20, SimVesselState.AT_ANCHOR);
            planner.returnToPort(plan, berth, 16);
            cast = plan.timeMillis() + 4 * HOUR + r.nextLong(4 * HOUR);
        }
        Identity identity = new Identity(registry.mmsi(Registry.VIET_NAM_MID), String.format("BIEN PHONG %02d", i + 1),
                registry.callSign(Registry.VIET_NAM_MID, r), 0, null, null, Kind.PATROL, 32, 6, AisClass.A, null, null, portId, "");
        return new Vessel(nextIndex(), identity, new SimVesselState(berth, startMillis), plan.build(8, SimVesselState.MOORED, r),
                r, ALWAYS, false);
    }

    private void loadFleet(LoadSettings load) {
        SeaRouter openSea = new SeaRouter(new Coast(List.of()), List.of());
        double[] mids = {574, 574, 574, 412, 413, 533, 567, 548, 525, 351, 636, 563};
        for (int i = 0; i < load.vessels(); i++) {
            SplittableRandom r = random.split();
            LonLat at = randomIn(load, r);
            PlanBuilder plan = new PlanBuilder(openSea, at, startMillis);
            double kind = r.nextDouble();
            int finalStatus;
            if (kind < 0.2) {
                finalStatus = r.nextBoolean() ? SimVesselState.MOORED : SimVesselState.AT_ANCHOR;
            } else if (kind < 0.45) {
                plan.drift(0.5 + r.nextDouble() * 2.5, SimVesselState.FISHING, endMillis - startMillis, r);
                finalStatus = SimVesselState.FISHING;
            } else {
                double speed = 8 + r.nextDouble() * 10;
                while (plan.timeMillis() < endMillis) {
                    plan.steam(List.of(randomIn(load, r)), speed, SimVesselState.UNDER_WAY);
                }
                finalStatus = SimVesselState.UNDER_WAY;
            }
            AisClass aisClass = r.nextDouble() < load.classAShare() ? AisClass.A : AisClass.B;
            int mid = (int) mids[r.nextInt(mids.length)];
            Identity identity = new Identity(registry.mmsi(mid), "LOAD " + i, "", 0, null, null,
                    aisClass == AisClass.A ? Kind.CARGO : Kind.FISHING, 30, 8, aisClass, null, null, null, "");
            vessels.add(new Vessel(nextIndex(), identity, new SimVesselState(at, startMillis), plan.build(10, finalStatus, r),
                    r, ALWAYS, false));
        }
    }

    /** The scenario's national limit line. */
    Line nationalLimit() {
        if (scenario.geography().nationalLimit().size() < 2) {
            throw new IllegalArgumentException("the scenario's geography needs a nationalLimit line of two points or more");
        }
        return new Line(scenario.geography().nationalLimit());
    }

    private static LonLat randomIn(LoadSettings load, RandomGenerator r) {
        return new LonLat(load.southWest().lon() + r.nextDouble() * (load.northEast().lon() - load.southWest().lon()),
                load.southWest().lat() + r.nextDouble() * (load.northEast().lat() - load.southWest().lat()));
    }

    /** A square of half-side {@code halfMetres} round {@code centre}. */
    static Polygon box(LonLat centre, double halfMetres) {
        LonLat north = Geo.destination(centre, 0, halfMetres);
        LonLat east = Geo.destination(centre, 90, halfMetres);
        double dLat = north.lat() - centre.lat();
        double dLon = east.lon() - centre.lon();
        return new Polygon(List.of(List.of(
                new LonLat(centre.lon() - dLon, centre.lat() - dLat), new LonLat(centre.lon() + dLon, centre.lat() - dLat),
                new LonLat(centre.lon() + dLon, centre.lat() + dLat), new LonLat(centre.lon() - dLon, centre.lat() + dLat))));
    }
}
