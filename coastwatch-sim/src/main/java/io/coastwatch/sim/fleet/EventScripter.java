package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.Holding;
import io.coastwatch.sim.motion.Line;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.PlanBuilder;
import io.coastwatch.sim.motion.Polygon;
import io.coastwatch.sim.motion.SimVesselState;
import io.coastwatch.sim.scenario.EventType;
import io.coastwatch.sim.scenario.Gear;
import io.coastwatch.sim.scenario.LengthClass;
import io.coastwatch.sim.scenario.ScriptedEvent;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives each scripted event its own vessel(s), with a plan that performs the behaviour, and a truth
 * check that reads from their logged tracks when the behaviour really happened. Events are placed
 * where the shore receivers see them, except those at the national limit (seen by satellite and VMS).
 * Not thread-safe; used by {@link FleetBuilder}.
 */
final class EventScripter {
    private static final double NM = Geo.METRES_PER_NAUTICAL_MILE;
    private static final long HOUR = 3_600_000;
    private static final long AFTER_MILLIS = 6 * HOUR;
    private static final double LOITER_SPEED_KNOTS = 2;
    private static final double FISHING_SPEED_KNOTS = 5;
    private static final double ENCOUNTER_METRES = 500;
    private static final double PORT_EXIT_METRES = 4_000;
    /** How far from land the loitering reefer drifts (docs/rules.md: farther than 20 nm for carriers). */
    private static final double LOITER_SHORE_NM = 25;
    /** How far (south-south-east) the loitering reefer steams off afterwards: out of the demo area. */
    private static final double LOITER_EXIT_NM = 80;

    private final FleetBuilder fleet;

    EventScripter(FleetBuilder fleet) {
        this.fleet = fleet;
    }

    void script(List<ScriptedEvent> events) {
        for (ScriptedEvent event : events) {
            SplittableRandom r = fleet.newRandom();
            long at = fleet.startMillis() + event.at().toMillis();
            long duration = event.duration().toMillis();
            switch (event.type()) {
                case BOUNDARY_APPROACH -> boundary(event, at, duration, false, r);
                case BOUNDARY_CROSSING -> boundary(event, at, duration, true, r);
                case DARK_AT_SEA -> darkAtSea(event, at, duration, r);
                case VMS_LOSS -> vmsLoss(event, at, duration, r);
                case ENCOUNTER -> encounter(event, at, duration, r);
                case LOITERING -> loitering(event, at, duration, r);
                case WRONG_ZONE -> wrongZone(event, at, duration, r);
                case PROTECTED_AREA -> protectedArea(event, at, duration, r);
                case POSITION_JUMP -> positionJump(event, at, duration, r);
                case IDENTITY_CONFLICT -> identityConflict(event, at, duration, r);
                case NO_DEPARTURE_RECORD -> noDepartureRecord(event, at, duration, r);
                case OVERDUE_RETURN -> overdueReturn(event, at, duration, r);
                case FOREIGN_FISHING -> foreignFishing(event, at, duration, r);
                case UNREGISTERED -> unregistered(event, at, duration, r);
                case MOORED_AIS_OFF -> mooredAisOff(event, at, duration, r);
                case SIDE_BY_SIDE_IN_HARBOUR -> sideBySide(event, at, duration, r);
                case LANE_TRANSIT_TERRITORIAL_SEA -> laneTransit(event, at, r);
            }
        }
    }

    private void boundary(ScriptedEvent event, long at, long duration, boolean cross, SplittableRandom r) {
        Line limit = fleet.nationalLimit();
        double outward = limit.outwardBearingDegrees();
        LonLat along = Geo.destination(limit.middle(), outward + 90, (r.nextDouble() - 0.5) * 20 * NM);
        LonLat start = Geo.destination(along, outward + 180, 12 * NM);
        LonLat turn = Geo.destination(along, cross ? outward : outward + 180, (cross ? 4 : 3) * NM);
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_15_M, Gear.HANDLINE, port(event, "PORT-NINHCHU"), AisClass.A, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), start, fleet.startMillis());
        plan.add(new Holding(30, SimVesselState.FISHING, Math.max(0, at - plan.timeMillis())), Math.max(0, at - plan.timeMillis()), start);
        plan.steam(List.of(turn), 8, SimVesselState.UNDER_WAY);
        plan.add(new Holding(30, SimVesselState.FISHING, duration), duration, turn);
        plan.steam(List.of(start), 8, SimVesselState.UNDER_WAY);
        Vessel vessel = logged(identity, start, plan, r);
        TimeWindow window = new TimeWindow(at, at + duration + AFTER_MILLIS);
        if (cross) {
            fleet.addTruth(end -> truth(event.type(), vessel, 0, GroundTruth.span(vessel, window,
                    p -> limit.signedDistanceMetres(p.position()) > 0), "", "crosses the national limit and fishes beyond it"));
        }
        // Both approach the limit (the crossing vessel on its way out and back) with a course that
        // would take them across it.
        fleet.addTruth(end -> truth(EventType.BOUNDARY_APPROACH, vessel, 0, GroundTruth.span(vessel, window, p -> {
            double d = limit.signedDistanceMetres(p.position());
            return d <= 0 && d > -5 * NM;
        }), "", cross ? "comes within 5 nm of the national limit on its way across and back"
                : "comes within 3 nm of the national limit and turns back"));
        fleet.addTruth(end -> predictedCrossing(vessel, limit, window));
    }

    private TruthEvent predictedCrossing(Vessel vessel, Line limit, TimeWindow window) {
        TimeWindow span = GroundTruth.span(vessel, window, p -> limit.signedDistanceMetres(p.position()) <= 0
                && limit.signedDistanceMetres(Geo.destination(p.position(), p.courseDegrees(), p.speedKnots() * NM * 2)) > 0);
        return span == null ? null : new TruthEvent("predicted-crossing", "predicted crossing", true, vessel.identity().mmsi(),
                vessel.identity().registrationNumber(), 0, span.startMillis(), span.endMillis(), span.startMillis(), "",
                "course and speed take it across the national limit within 2 h");
    }

    private void darkAtSea(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        Vessel vessel = offshoreFisher(event, AisClass.A, Gear.PURSE_SEINE, r);
        TimeWindow gap = new TimeWindow(at, at + duration);
        vessel.aisOff(gap);
        fleet.addTruth(end -> fixed(event.type(), vessel, gap, end, "", "switches its AIS off while fishing offshore; VMS goes on"));
    }

    private void vmsLoss(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        Vessel vessel = offshoreFisher(event, AisClass.B, Gear.GILLNET, r);
        TimeWindow gap = new TimeWindow(at, at + duration);
        vessel.vmsOff(gap);
        fleet.addTruth(end -> fixed(event.type(), vessel, gap, end, "", "its VMS unit stops reporting at sea; AIS goes on"));
    }

    private void positionJump(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        Vessel vessel = offshoreFisher(event, AisClass.A, Gear.HANDLINE, r);
        TimeWindow window = new TimeWindow(at, at + duration);
        vessel.spoof(new Spoof(window, 90, 40 * NM));
        fleet.addTruth(end -> fixed(event.type(), vessel, window, end, "", "its AIS reports a position 40 nm east, then the true one again"));
    }

    private void overdueReturn(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-CANA");
        LonLat berth = fleet.area().port(portId);
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_15_M, Gear.PURSE_SEINE, portId, AisClass.A, r);
        LonLat ground = offshoreGround(portId, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), ground, fleet.startMillis());
        fleet.planner().fish(plan, Gear.PURSE_SEINE, fleet.area().zone(LengthClass.FROM_15_M.allowedZoneId()),
                Math.max(0, at + duration - plan.timeMillis()), r);
        fleet.planner().returnToPort(plan, berth, 9);
        Vessel vessel = logged(identity, ground, plan, r);
        vessel.addPortCall(new PortCall(portId, fleet.stationNear(berth), fleet.startMillis() - 96 * HOUR, at, plan.timeMillis(), true));
        fleet.addTruth(end -> {
            TimeWindow home = GroundTruth.span(vessel, new TimeWindow(at, Long.MAX_VALUE),
                    p -> Geo.distanceMetres(p.position(), berth) < 500);
            return fixed(event.type(), vessel, new TimeWindow(at, home == null ? end : home.startMillis()), end, "",
                    "declared its return for " + java.time.Instant.ofEpochMilli(at) + " and stays at sea");
        });
    }

    private void encounter(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-MYTAN");
        LonLat meeting = offshoreGround(portId, r);
        Polygon zone = fleet.area().zone(LengthClass.FROM_15_M.allowedZoneId());
        Vessel[] pair = new Vessel[2];
        for (int i = 0; i < 2; i++) {
            LonLat start = fleet.planner().ground(zone, meeting, 6_000, 10_000, 3_000, r);
            LonLat alongside = Geo.destination(meeting, i * 180, 60);
            Identity identity = fleet.fishingIdentity(LengthClass.FROM_15_M, Gear.GILLNET, portId, i == 0 ? AisClass.A : AisClass.B, r);
            PlanBuilder plan = new PlanBuilder(fleet.planner().router(), start, fleet.startMillis());
            long approach = Math.round(Geo.distanceMetres(start, alongside) / (8 * Geo.METRES_PER_SECOND_PER_KNOT) * 1000);
            long waitUntil = Math.max(fleet.startMillis(), at - approach);
            plan.add(new Holding(30, SimVesselState.FISHING, waitUntil - fleet.startMillis()), waitUntil - fleet.startMillis(), start);
            plan.steam(List.of(alongside), 8, SimVesselState.UNDER_WAY);
            long together = Math.max(0, at + duration - plan.timeMillis());
            plan.add(new Holding(15, SimVesselState.UNDER_WAY, together), together, alongside);
            plan.steam(List.of(start), 8, SimVesselState.UNDER_WAY);
            pair[i] = logged(identity, start, plan, r);
        }
        TimeWindow window = new TimeWindow(at - HOUR, at + duration + AFTER_MILLIS);
        fleet.addTruth(end -> truth(event.type(), pair[0], pair[1].identity().mmsi(), GroundTruth.span(pair[0], pair[1], window,
                (a, b) -> GroundTruth.distanceMetres(a, b) <= ENCOUNTER_METRES && a.speedKnots() < LOITER_SPEED_KNOTS
                        && b.speedKnots() < LOITER_SPEED_KNOTS), "", "two fishing vessels lie alongside each other offshore"));
    }

    private void loitering(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        // docs/rules.md's loitering of a carrier is farther than 20 nm from shore: the spot is 25 nm out
        LonLat spot = fleet.planner().ground(fleet.area().zone(LengthClass.FROM_15_M.allowedZoneId()),
                fleet.planner().router().gate(fleet.area().port(port(event, "PORT-NINHCHU"))), 50_000, 90_000,
                LOITER_SHORE_NM * NM, r);
        LonLat approachFrom = Geo.destination(spot, 200, 5 * NM);
        long appear = at - Math.round(5 * NM / (10 * Geo.METRES_PER_SECOND_PER_KNOT) * 1000);
        int mid = 351 + r.nextInt(7);
        Identity identity = new Identity(fleet.registry().mmsi(mid), "OCEAN REEFER " + (1 + r.nextInt(9)),
                fleet.registry().callSign(mid, r), 9_200_000 + r.nextInt(700_000), null, null, Kind.CARGO, 85, 14,
                AisClass.A, null, null, null, "VN CXR");
        // it leaves the area of responsibility before it leaves the simulation: a ship that vanished
        // at sea would be a dark vessel
        LonLat exit = Geo.destination(spot, 160, LOITER_EXIT_NM * NM);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), approachFrom, appear);
        plan.steam(List.of(spot), 10, SimVesselState.UNDER_WAY);
        plan.drift(0.8, SimVesselState.UNDER_WAY, Math.max(0, at + duration - plan.timeMillis()), r);
        plan.steam(List.of(exit), 10, SimVesselState.UNDER_WAY);
        Vessel vessel = new Vessel(fleet.nextIndex(), identity, new SimVesselState(approachFrom, appear), plan.build(10, SimVesselState.UNDER_WAY, r),
                r, new TimeWindow(appear, plan.timeMillis()), true);
        fleet.add(vessel);
        TimeWindow window = new TimeWindow(at - HOUR, at + duration + HOUR);
        fleet.addTruth(end -> truth(event.type(), vessel, 0, GroundTruth.span(vessel, window,
                p -> p.speedKnots() < LOITER_SPEED_KNOTS), "", "a foreign reefer drifts offshore, far from port"));
    }

    private void wrongZone(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-NINHCHU");
        LonLat berth = fleet.area().port(portId);
        String zoneId = LengthClass.UNDER_12_M.allowedZoneId();
        Polygon zone = fleet.area().zone(zoneId);
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_15_M, Gear.PURSE_SEINE, portId, AisClass.A, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), berth, fleet.startMillis());
        fleet.planner().moorUntil(plan, at);
        fleet.planner().leavePort(plan, berth);
        plan.steamTo(fleet.planner().ground(zone, plan.position(), 4_000, 9_000, 2_500, r), 9);
        fleet.planner().fish(plan, Gear.PURSE_SEINE, zone, duration, r);
        fleet.planner().returnToPort(plan, berth, 9);
        Vessel vessel = logged(identity, berth, plan, r);
        vessel.addPortCall(new PortCall(portId, fleet.stationNear(berth), at, plan.timeMillis() + HOUR, plan.timeMillis(), true));
        fleet.addTruth(end -> truth(event.type(), vessel, 0, GroundTruth.span(vessel, new TimeWindow(at, at + duration + AFTER_MILLIS),
                p -> zone.contains(p.position()) && fishing(p)), zoneId, "a 15 m+ purse seiner fishes in the coastal zone"));
    }

    private void protectedArea(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-MYTAN");
        LonLat berth = fleet.area().port(portId);
        String zoneId = "MPA-NUICHUA";
        Polygon mpa = fleet.area().zone(zoneId);
        Identity identity = fleet.fishingIdentity(LengthClass.UNDER_12_M, Gear.LIGHT_LURE_SCOOP_NET, portId, AisClass.B, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), berth, fleet.startMillis());
        fleet.planner().moorUntil(plan, at);
        fleet.planner().leavePort(plan, berth);
        LonLat spot = fleet.planner().ground(mpa, plan.position(), 8_000, 40_000, 350, 0, r);
        plan.steamTo(spot, 7);
        plan.add(new Holding(20, SimVesselState.FISHING, duration), duration, spot);
        fleet.planner().returnToPort(plan, berth, 7);
        Vessel vessel = logged(identity, berth, plan, r);
        vessel.addPortCall(new PortCall(portId, fleet.stationNear(berth), at, plan.timeMillis() + HOUR, plan.timeMillis(), true));
        fleet.addTruth(end -> truth(event.type(), vessel, 0, GroundTruth.span(vessel, new TimeWindow(at, at + duration + AFTER_MILLIS),
                p -> mpa.contains(p.position())), zoneId, "a small boat anchors with lights inside the Nui Chua marine park"));
    }

    private void identityConflict(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        Polygon zone = fleet.area().zone(LengthClass.FROM_12_TO_15_M.allowedZoneId());
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_12_TO_15_M, Gear.HANDLINE, port(event, "PORT-CANA"), AisClass.B, r);
        LonLat victimSpot = fleet.planner().ground(zone, fleet.planner().router().gate(fleet.area().port(identity.homePortId())),
                18_000, 35_000, 3_000, r);
        LonLat twinSpot = fleet.planner().ground(zone, fleet.planner().router().gate(fleet.area().port("PORT-MYTAN")),
                18_000, 35_000, 3_000, r);
        Vessel victim = drifter(identity, victimSpot, zone, fleet.startMillis(), FleetBuilder.ALWAYS, r);
        TimeWindow twinTime = new TimeWindow(at, at + duration);
        Vessel twin = drifter(identity, twinSpot, zone, at, twinTime, fleet.newRandom());
        fleet.addTruth(end -> at >= end ? null : new TruthEvent(event.type().ruleId(), event.type().ruleName(), true,
                identity.mmsi(), identity.registrationNumber(), 0, at, Math.min(end, twinTime.endMillis()), at, "",
                "a second transmitter sends the same MMSI " + Math.round(Geo.distanceMetres(victimSpot, twinSpot) / NM)
                        + " nm away (victim index " + victim.index() + ", twin index " + twin.index() + ")"));
        // docs/rules.md's position jump is "two consecutive positions of one MMSI" implying more than 50 kn:
        // the twin's reports, alternating with the victim's, are exactly that
        fleet.addTruth(end -> at >= end ? null : new TruthEvent(EventType.POSITION_JUMP.ruleId(),
                EventType.POSITION_JUMP.ruleName(), true, identity.mmsi(), identity.registrationNumber(), 0, at,
                Math.min(end, twinTime.endMillis()), at, "", "the same MMSI reported alternately at two places "
                        + Math.round(Geo.distanceMetres(victimSpot, twinSpot) / NM) + " nm apart"));
    }

    private void noDepartureRecord(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-DONGHAI");
        LonLat berth = fleet.area().port(portId);
        Polygon zone = fleet.area().zone(LengthClass.FROM_12_TO_15_M.allowedZoneId());
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_12_TO_15_M, Gear.GILLNET, portId, AisClass.B, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), berth, fleet.startMillis());
        fleet.planner().moorUntil(plan, at);
        fleet.planner().leavePort(plan, berth);
        plan.steamTo(fleet.planner().ground(zone, plan.position(), 14_000, 30_000, 3_000, r), 8);
        fleet.planner().fish(plan, Gear.GILLNET, zone, duration, r);
        fleet.planner().returnToPort(plan, berth, 8);
        Vessel vessel = logged(identity, berth, plan, r);
        vessel.addPortCall(new PortCall(portId, fleet.stationNear(berth), at, plan.timeMillis() + HOUR, plan.timeMillis(), false));
        fleet.addTruth(end -> truth(event.type(), vessel, 0, GroundTruth.span(vessel, new TimeWindow(at, at + duration + AFTER_MILLIS * 2),
                p -> Geo.distanceMetres(p.position(), berth) > PORT_EXIT_METRES), "", "sails with no departure control record"));
    }

    private void foreignFishing(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        Line limit = fleet.nationalLimit();
        String aorId = fleet.scenario().geography().areaOfResponsibility();
        Polygon aor = fleet.area().zone(aorId);
        LonLat outside = Geo.destination(limit.middle(), limit.outwardBearingDegrees() + (r.nextDouble() - 0.5) * 40, 6 * NM);
        LonLat inside = Geo.destination(limit.middle(), limit.outwardBearingDegrees() + 180 + (r.nextDouble() - 0.5) * 20, 30 * NM);
        int mid = r.nextBoolean() ? 412 : 413;
        Identity identity = new Identity(fleet.registry().mmsi(mid), "QIONG SAN YA " + (10_000 + r.nextInt(90_000)),
                fleet.registry().callSign(mid, r), 0, null, null, Kind.FOREIGN_FISHING, 36, 7, AisClass.A, null, Gear.HANDLINE, null, "");
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), outside, fleet.startMillis());
        plan.add(new Holding(30, SimVesselState.FISHING, Math.max(0, at - fleet.startMillis())), Math.max(0, at - fleet.startMillis()), outside);
        plan.steam(List.of(inside), 10, SimVesselState.UNDER_WAY);
        plan.drift(1.0, SimVesselState.FISHING, duration, r);
        plan.steam(List.of(outside), 10, SimVesselState.UNDER_WAY);
        Vessel vessel = logged(identity, outside, plan, r);
        fleet.addTruth(end -> truth(event.type(), vessel, 0, GroundTruth.span(vessel, new TimeWindow(at, at + duration + AFTER_MILLIS),
                p -> aor.contains(p.position())), aorId, "a Chinese fishing vessel comes in to fish in the area of responsibility"));
    }

    private void unregistered(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-CANA");
        Polygon zone = fleet.area().zone(LengthClass.FROM_12_TO_15_M.allowedZoneId());
        int serial = 1_000 + r.nextInt(9_000);
        Identity identity = new Identity(fleet.registry().mmsi(Registry.VIET_NAM_MID), "TAU CA " + serial, "", 0, null, null,
                Kind.FISHING, 13, 4, AisClass.B, null, Gear.GILLNET, null, "");
        LonLat berth = fleet.area().port(portId);
        LonLat spot = fleet.planner().ground(zone, fleet.planner().router().gate(berth), 15_000, 30_000, 3_000, r);
        // it fishes, then goes home (a boat that vanished at sea would be a dark vessel too)
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), spot, at);
        plan.drift(1.0, SimVesselState.FISHING, duration, r, fleet.planner().fishingArea(zone));
        fleet.planner().returnToPort(plan, berth, 8);
        Vessel vessel = new Vessel(fleet.nextIndex(), identity, new SimVesselState(spot, at), plan.build(3, SimVesselState.MOORED, r),
                r, new TimeWindow(at, Long.MAX_VALUE), true);
        fleet.add(vessel);
        fleet.addTruth(end -> at >= end ? null : truth(event.type(), vessel, 0, GroundTruth.span(vessel,
                new TimeWindow(at, end), p -> Geo.distanceMetres(p.position(), berth) > PORT_EXIT_METRES), "",
                "a Vietnamese fishing boat with AIS but no registration number fishes in the inshore zone, then goes home"));
    }

    private void mooredAisOff(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-CANA");
        Vessel vessel = moored(portId, 0, r);
        TimeWindow gap = new TimeWindow(at, at + duration);
        vessel.aisOff(gap);
        fleet.addTruth(end -> fixed(event.type(), vessel, gap, end, portId, "moored in port with its AIS off: not dark at sea"));
    }

    private void sideBySide(ScriptedEvent event, long at, long duration, SplittableRandom r) {
        String portId = port(event, "PORT-NINHCHU");
        Vessel a = moored(portId, 0, r);
        Vessel b = moored(portId, 12, fleet.newRandom());
        TimeWindow window = new TimeWindow(at, at + duration);
        fleet.addTruth(end -> at >= end ? null : new TruthEvent(event.type().ruleId(), event.type().ruleName(), false,
                a.identity().mmsi(), a.identity().registrationNumber(), b.identity().mmsi(), at, Math.min(end, window.endMillis()),
                at + event.type().alertDelay().toMillis(), portId, "two boats moored side by side in harbour: not an encounter"));
    }

    private void laneTransit(ScriptedEvent event, long at, SplittableRandom r) {
        Vessel logged = fleet.laneShip(at, true, Kind.CARGO, 351 + r.nextInt(3), 0, 12, r, true);
        fleet.add(logged);
        Polygon territorialSea = fleet.area().zone("VN-TS");
        fleet.addTruth(end -> truth(event.type(), logged, 0, GroundTruth.span(logged, logged.present(),
                p -> territorialSea.contains(p.position())), "VN-TS", "a foreign cargo ship passes through the territorial sea on the lane"));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A 15 m+ vessel fishing offshore within reach of the shore receivers all through the run. */
    private Vessel offshoreFisher(ScriptedEvent event, AisClass aisClass, Gear gear, SplittableRandom r) {
        String portId = port(event, "PORT-NINHCHU");
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_15_M, gear, portId, aisClass, r);
        LonLat ground = offshoreGround(portId, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), ground, fleet.startMillis());
        fleet.planner().fish(plan, gear, fleet.area().zone(LengthClass.FROM_15_M.allowedZoneId()),
                fleet.endMillis() - fleet.startMillis(), r);
        Vessel vessel = logged(identity, ground, plan, r);
        LonLat berth = fleet.area().port(portId);
        vessel.addPortCall(new PortCall(portId, fleet.stationNear(berth), fleet.startMillis() - 24 * HOUR,
                fleet.endMillis() + 48 * HOUR, fleet.endMillis() + 48 * HOUR, true));
        return vessel;
    }

    /** A point of the offshore zone (500 m inside it) 46–60 km off a port's harbour gate: inside shore AIS coverage. */
    private LonLat offshoreGround(String portId, SplittableRandom r) {
        return fleet.planner().ground(fleet.area().zone(LengthClass.FROM_15_M.allowedZoneId()),
                fleet.planner().router().gate(fleet.area().port(portId)), 46_000, 60_000, 5_000, 500, r);
    }

    /** A vessel drifting from {@code spot} within the fishing area of {@code zone}. */
    private Vessel drifter(Identity identity, LonLat spot, Polygon zone, long fromMillis, TimeWindow present,
            SplittableRandom r) {
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), spot, fromMillis);
        plan.drift(1.0, SimVesselState.FISHING, fleet.endMillis() - fromMillis, r, fleet.planner().fishingArea(zone));
        Vessel vessel = new Vessel(fleet.nextIndex(), identity, new SimVesselState(spot, fromMillis),
                plan.build(20, SimVesselState.FISHING, r), r, present, true);
        fleet.add(vessel);
        return vessel;
    }

    private Vessel moored(String portId, double offsetMetres, SplittableRandom r) {
        LonLat berth = Geo.destination(fleet.area().port(portId), 90, offsetMetres);
        Identity identity = fleet.fishingIdentity(LengthClass.FROM_12_TO_15_M, Gear.GILLNET, portId, AisClass.B, r);
        PlanBuilder plan = new PlanBuilder(fleet.planner().router(), berth, fleet.startMillis());
        Vessel vessel = new Vessel(fleet.nextIndex(), identity, new SimVesselState(berth, fleet.startMillis()),
                plan.build(3, SimVesselState.MOORED, r), r, FleetBuilder.ALWAYS, true);
        fleet.add(vessel);
        return vessel;
    }

    private Vessel logged(Identity identity, LonLat start, PlanBuilder plan, SplittableRandom r) {
        Vessel vessel = new Vessel(fleet.nextIndex(), identity, new SimVesselState(start, fleet.startMillis()),
                plan.build(10, SimVesselState.MOORED, r), r, FleetBuilder.ALWAYS, true);
        fleet.add(vessel);
        return vessel;
    }

    private static boolean fishing(TrackPoint p) {
        return p.speedKnots() < FISHING_SPEED_KNOTS || p.navigationStatus() == SimVesselState.FISHING;
    }

    private static String port(ScriptedEvent event, String fallback) {
        return event.port() == null ? fallback : event.port();
    }

    private TruthEvent truth(EventType type, Vessel vessel, int otherMmsi, TimeWindow span, String zoneId, String note) {
        if (span == null) {
            return null;
        }
        return new TruthEvent(type.ruleId(), type.ruleName(), type.positive(), vessel.identity().mmsi(),
                nullToEmpty(vessel.identity().registrationNumber()), otherMmsi, span.startMillis(), span.endMillis(),
                span.startMillis() + type.alertDelay().toMillis(), zoneId, note);
    }

    /** A behaviour of known times, clipped to the run (null when it starts after the run). */
    private TruthEvent fixed(EventType type, Vessel vessel, TimeWindow window, long endMillis, String zoneId, String note) {
        if (window.startMillis() >= endMillis) {
            return null;
        }
        return truth(type, vessel, 0, new TimeWindow(window.startMillis(), Math.min(endMillis, window.endMillis())), zoneId, note);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
