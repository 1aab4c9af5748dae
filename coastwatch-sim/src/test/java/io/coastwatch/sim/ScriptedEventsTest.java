package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.PositionReport;
import io.coastwatch.sim.fleet.TrackPoint;
import io.coastwatch.sim.fleet.TruthEvent;
import io.coastwatch.sim.fleet.Vessel;
import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.Line;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.Polygon;
import io.coastwatch.sim.scenario.EventType;
import io.coastwatch.sim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo scenario's scripted events, run for 16 simulated hours: each is in the ground truth, and
 * each vessel's true track and transmitted reports do what its event says.
 */
class ScriptedEventsTest {
    private static final double NM = Geo.METRES_PER_NAUTICAL_MILE;

    @TempDir
    static Path dir;
    static Scenario scenario;
    static SimulationRuns.Output run;
    static Decoded decoded;
    static List<TruthEvent> truth;

    @BeforeAll
    static void runDemo() throws Exception {
        scenario = SimulationRuns.demo(Duration.ofHours(16));
        run = SimulationRuns.run(scenario, dir.resolve("truth.csv"), dir.resolve("records.json"));
        decoded = new Decoded(run.nmea());
        truth = run.result().truth();
    }

    @Test
    void everyScriptedEventIsInTheGroundTruthFile() throws Exception {
        Set<String> expected = scenario.events().stream()
                .map(e -> e.type().ruleId() + (e.type().positive() ? "" : " (negative)"))
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("predicted-crossing");
        Set<String> found = truth.stream().map(t -> t.ruleId() + (t.positive() ? "" : " (negative)"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found);
        List<String> csv = Files.readAllLines(dir.resolve("truth.csv"));
        assertEquals("rule,ruleName,expected,mmsi,registrationNumber,otherMmsi,start,end,alertDue,zone,note", csv.get(0));
        assertEquals(truth.size() + 1, csv.size());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("dark-vessel,dark vessel (AIS),no-alert,")), csv.toString());
        for (TruthEvent t : truth) {
            assertTrue(t.startMillis() < t.endMillis(), t.toString());
            assertTrue(t.alertDueMillis() >= t.startMillis(), t.toString());
        }
    }

    @Test
    void theOutputDecodesWithoutRejections() {
        assertEquals(0, decoded.rejected);
        assertEquals(run.result().lines(), decoded.lines);
        assertEquals(run.result().transmitted() - run.result().lost()
                + fixedStationReports(), decoded.messages.size());
        assertTrue(run.result().lost() > 0, "some messages are lost to range and loss");
        assertTrue(decoded.messages.stream().allMatch(m -> m.source() != null && m.timeMillis() > 0));
    }

    @Test
    void theCrossingVesselEndsUpPastTheLineAndComesBack() {
        Line limit = new Line(scenario.geography().nationalLimit());
        List<TrackPoint> track = trackOf(event("boundary-crossed"));
        double farthest = track.stream().mapToDouble(p -> limit.signedDistanceMetres(p.position())).max().orElseThrow();
        assertTrue(farthest > 3 * NM, "goes about 4 nm beyond, was " + farthest / NM);
        assertTrue(limit.signedDistanceMetres(track.get(0).position()) < -10 * NM);
        TruthEvent crossed = event("boundary-crossed");
        TruthEvent predicted = eventOf("predicted-crossing", crossed.mmsi());
        assertTrue(eventOf("boundary-approach", crossed.mmsi()).startMillis() < crossed.startMillis(),
                "on its way out it approaches the limit too");
        assertTrue(predicted.startMillis() < crossed.startMillis() && predicted.endMillis() <= crossed.startMillis() + 10_000);
        assertTrue(crossed.startMillis() - predicted.startMillis() <= Duration.ofHours(2).toMillis() + 10_000);
    }

    @Test
    void theApproachingVesselComesWithinFiveMilesButNeverCrosses() {
        Line limit = new Line(scenario.geography().nationalLimit());
        int crossing = event("boundary-crossed").mmsi();
        TruthEvent approach = truth.stream().filter(t -> t.ruleId().equals("boundary-approach") && t.mmsi() != crossing)
                .findFirst().orElseThrow();
        List<TrackPoint> track = trackOf(approach);
        TruthEvent predicted = eventOf("predicted-crossing", approach.mmsi());
        assertTrue(predicted.startMillis() < approach.startMillis(), "its course pointed across the limit first");
        double nearest = track.stream().mapToDouble(p -> limit.signedDistanceMetres(p.position())).max().orElseThrow();
        assertTrue(nearest < 0 && nearest > -5 * NM, "nearest " + nearest / NM + " nm");
    }

    @Test
    void theDarkVesselSendsNothingDuringItsGapButDoesBeforeAndAfter() {
        for (TruthEvent dark : truth.stream().filter(t -> t.ruleId().equals("dark-vessel")).toList()) {
            List<Decoded.Received> reports = decoded.positionsOf(dark.mmsi());
            assertTrue(reports.stream().noneMatch(r -> r.timeMillis() >= dark.startMillis() && r.timeMillis() < dark.endMillis()),
                    "nothing sent while dark");
            assertTrue(reports.stream().anyMatch(r -> r.timeMillis() < dark.startMillis()));
            List<TrackPoint> track = trackOf(dark);
            LonLat port = SimulationRuns.AREA.port(dark.positive() ? "PORT-NINHCHU" : "PORT-CANA");
            double fromPortMetres = Geo.distanceMetres(track.get(track.size() - 1).position(), port);
            if (dark.positive()) {
                assertTrue(fromPortMetres > 20 * NM, "at sea while dark");
            } else {
                assertTrue(fromPortMetres < 500, "the look-alike stays moored");
            }
        }
    }

    @Test
    void theVmsLossVesselSendsNoVmsDuringItsGapButKeepsItsAis() {
        TruthEvent loss = event("vms-loss");
        Vessel vessel = vesselOf(loss);
        String device = vessel.identity().vmsDeviceId();
        assertTrue(run.vms().stream().anyMatch(r -> r.vmsDeviceId().equals(device)
                && java.time.Instant.parse(r.time()).toEpochMilli() >= loss.endMillis()), "reports again after the gap");
        assertTrue(run.vms().stream().noneMatch(r -> r.vmsDeviceId().equals(device)
                && java.time.Instant.parse(r.time()).toEpochMilli() >= loss.startMillis()
                && java.time.Instant.parse(r.time()).toEpochMilli() < loss.endMillis()));
        assertTrue(decoded.positionsOf(loss.mmsi()).stream().anyMatch(r -> r.timeMillis() > loss.startMillis() + 3_600_000));
        TruthEvent dark = truth.stream().filter(t -> t.ruleId().equals("dark-vessel") && t.positive()).findFirst().orElseThrow();
        String darkDevice = vesselOf(dark).identity().vmsDeviceId();
        assertTrue(run.vms().stream().anyMatch(r -> r.vmsDeviceId().equals(darkDevice)
                && java.time.Instant.parse(r.time()).toEpochMilli() > dark.startMillis()), "the dark vessel's VMS goes on");
    }

    @Test
    void theEncounterPairLiesWithin500MetresForTwoHoursFarFromPort() {
        TruthEvent meeting = event("encounter");
        assertTrue(meeting.endMillis() - meeting.startMillis() >= Duration.ofHours(2).toMillis());
        List<TrackPoint> a = trackOf(meeting);
        List<TrackPoint> b = vessel(meeting.otherMmsi()).track();
        TrackPoint middleA = at(a, (meeting.startMillis() + meeting.endMillis()) / 2);
        TrackPoint middleB = at(b, (meeting.startMillis() + meeting.endMillis()) / 2);
        assertTrue(Geo.distanceMetres(middleA.position(), middleB.position()) < 500);
        for (LonLat port : SimulationRuns.AREA.ports().values()) {
            assertTrue(Geo.distanceMetres(middleA.position(), port) > 10_000);
        }
        TruthEvent harbour = truth.stream().filter(t -> t.ruleId().equals("encounter") && !t.positive()).findFirst().orElseThrow();
        TrackPoint h = at(vessel(harbour.mmsi()).track(), harbour.startMillis() + 3_600_000);
        assertTrue(Geo.distanceMetres(h.position(), SimulationRuns.AREA.port("PORT-NINHCHU")) < 100);
    }

    @Test
    void theSpoofedReportsImplyAnImpossibleSpeed() {
        int cloned = event("identity-conflict").mmsi();
        TruthEvent jump = truth.stream().filter(t -> t.ruleId().equals("position-jump") && t.mmsi() != cloned)
                .findFirst().orElseThrow();
        List<Decoded.Received> reports = decoded.positionsOf(jump.mmsi());
        double fastest = 0;
        for (int i = 1; i < reports.size(); i++) {
            fastest = Math.max(fastest, impliedKnots(reports.get(i - 1), reports.get(i)));
        }
        assertTrue(fastest > 50, "implied " + fastest + " kn");
    }

    @Test
    void theConflictingMmsiIsHeardAtTwoPlacesAtOnce() {
        TruthEvent conflict = event("identity-conflict");
        List<Decoded.Received> during = decoded.positionsOf(conflict.mmsi()).stream()
                .filter(r -> r.timeMillis() >= conflict.startMillis() && r.timeMillis() < conflict.endMillis()).toList();
        double widest = 0;
        for (Decoded.Received a : during) {
            for (Decoded.Received b : during) {
                if (Math.abs(a.timeMillis() - b.timeMillis()) < 600_000) {
                    widest = Math.max(widest, Geo.distanceMetres(position(a), position(b)));
                }
            }
        }
        assertTrue(widest > 10 * NM, "two places " + widest / NM + " nm apart within 10 min");
        assertTrue(truth.stream().anyMatch(t -> t.ruleId().equals("position-jump") && t.mmsi() == conflict.mmsi()
                && t.startMillis() == conflict.startMillis()), "alternating reports are position jumps too (docs/rules.md)");
        assertTrue(decoded.positionsOf(conflict.mmsi()).stream().filter(r -> r.timeMillis() > conflict.endMillis() + 600_000)
                .allMatch(r -> impliedFromPrevious(conflict.mmsi(), r) < 50));
    }

    @Test
    void theLoiteringReeferLeavesTheAreaBeforeItLeavesTheSimulation() {
        List<TrackPoint> track = trackOf(event("loitering"));
        Polygon area = SimulationRuns.AREA.zone(scenario.geography().areaOfResponsibility());
        assertTrue(area.contains(at(track, event("loitering").startMillis() + 3_600_000).position()), "loiters inside");
        assertFalse(area.contains(track.get(track.size() - 1).position()), "gone out of the area, not vanished at sea");
        TrackPoint loitering = at(track, event("loitering").startMillis() + 3_600_000);
        assertTrue(SimulationRuns.AREA.land().distanceToLandMetres(loitering.position()) > 20 * NM,
                "farther than 20 nm from shore, as docs/rules.md's loitering of a carrier");
    }

    @Test
    void zoneEventsHappenInsideTheirZones() {
        for (String rule : List.of("fishing-wrong-zone", "protected-area", "foreign-vessel")) {
            TruthEvent event = event(rule);
            Polygon zone = SimulationRuns.AREA.zone(event.zoneId());
            TrackPoint middle = at(trackOf(event), (event.startMillis() + event.endMillis()) / 2);
            assertTrue(zone.contains(middle.position()), rule + " inside " + event.zoneId());
        }
        TruthEvent wrong = event("fishing-wrong-zone");
        assertTrue(wrong.endMillis() - wrong.startMillis() >= Duration.ofMinutes(20).toMillis());
        assertEquals("NT-91", vesselOf(wrong).identity().registrationNumber().substring(0, 5), "a 15 m+ boat, offshore number");
        assertTrue(List.of(412, 413).contains(event("foreign-vessel").mmsi() / 1_000_000));
        TruthEvent lane = truth.stream().filter(t -> t.ruleId().equals("foreign-vessel") && !t.positive()).findFirst().orElseThrow();
        assertEquals(70, vesselOf(lane).identity().kind().aisShipType(), "a cargo ship, not a fishing vessel");
    }

    @Test
    void theUnrecordedDepartureIsMissingFromTheRecordsOnly() throws Exception {
        JsonNode records = JsonMapper.shared().readTree(dir.resolve("records.json").toFile());
        String sailor = event("no-departure-record").registrationNumber();
        String overdue = event("overdue-return").registrationNumber();
        boolean sailorRecorded = false;
        boolean overdueRecorded = false;
        for (JsonNode departure : records.get("departures")) {
            sailorRecorded |= departure.get("registrationNumber").asString().equals(sailor);
            if (departure.get("registrationNumber").asString().equals(overdue)) {
                overdueRecorded = true;
                assertEquals(java.time.Instant.ofEpochMilli(event("overdue-return").startMillis()).toString(),
                        departure.get("declaredReturn").asString());
            }
        }
        assertFalse(sailorRecorded);
        assertTrue(overdueRecorded);
        assertTrue(records.get("departures").size() > 20);
        assertTrue(records.get("vessels").size() > 80);
        TruthEvent sailed = event("no-departure-record");
        assertTrue(sailed.endMillis() - sailed.startMillis() > Duration.ofHours(2).toMillis());
    }

    @Test
    void theUnregisteredBoatIsHeardButNotInTheRegistry() throws Exception {
        TruthEvent unregistered = event("unregistered");
        assertEquals("", unregistered.registrationNumber());
        assertEquals(574, unregistered.mmsi() / 1_000_000);
        assertTrue(decoded.positionsOf(unregistered.mmsi()).size() > 10);
        JsonNode records = JsonMapper.shared().readTree(dir.resolve("records.json").toFile());
        for (JsonNode vessel : records.get("vessels")) {
            assertTrue(vessel.get("mmsi").isNull() || vessel.get("mmsi").asInt() != unregistered.mmsi());
        }
    }

    @Test
    void scriptedVesselsStayOffLandOutsideTheirHarbours() {
        for (Vessel v : run.result().fleet().vessels()) {
            for (TrackPoint p : v.track()) {
                if (SimulationRuns.AREA.land().isLand(p.position())) {
                    double nearestPort = SimulationRuns.AREA.ports().values().stream()
                            .mapToDouble(port -> Geo.distanceMetres(port, p.position())).min().orElseThrow();
                    assertTrue(nearestPort < 3_000, v.identity().name() + " on land at " + p);
                }
            }
        }
    }

    private long fixedStationReports() {
        return decoded.messages.stream().filter(m -> m.message().messageType() == 4).count();
    }

    private static TruthEvent event(String rule) {
        return truth.stream().filter(t -> t.ruleId().equals(rule) && (t.positive() || !isPositiveOnly(rule)))
                .filter(TruthEvent::positive).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + truth));
    }

    private static TruthEvent eventOf(String rule, int mmsi) {
        return truth.stream().filter(t -> t.ruleId().equals(rule) && t.mmsi() == mmsi).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " of " + mmsi + " in " + truth));
    }

    private static boolean isPositiveOnly(String rule) {
        return java.util.Arrays.stream(EventType.values()).noneMatch(t -> t.ruleId().equals(rule) && !t.positive());
    }

    private static Vessel vessel(int mmsi) {
        return run.result().fleet().vessels().stream().filter(v -> v.identity().mmsi() == mmsi && !v.track().isEmpty())
                .findFirst().orElseThrow();
    }

    private static Vessel vesselOf(TruthEvent event) {
        return vessel(event.mmsi());
    }

    private static List<TrackPoint> trackOf(TruthEvent event) {
        List<TrackPoint> track = vesselOf(event).track();
        assertFalse(track.isEmpty());
        return track;
    }

    private static TrackPoint at(List<TrackPoint> track, long timeMillis) {
        TrackPoint best = null;
        for (TrackPoint p : track) {
            if (best == null || Math.abs(p.timeMillis() - timeMillis) < Math.abs(best.timeMillis() - timeMillis)) {
                best = p;
            }
        }
        assertNotNull(best);
        return best;
    }

    private static LonLat position(Decoded.Received r) {
        PositionReport p = (PositionReport) r.message();
        return new LonLat(p.longitudeDegrees(), p.latitudeDegrees());
    }

    private static double impliedKnots(Decoded.Received a, Decoded.Received b) {
        double hours = Math.max(1, b.timeMillis() - a.timeMillis()) / 3_600_000.0;
        return Geo.distanceMetres(position(a), position(b)) / NM / hours;
    }

    private static double impliedFromPrevious(int mmsi, Decoded.Received r) {
        List<Decoded.Received> reports = decoded.positionsOf(mmsi);
        int i = reports.indexOf(r);
        return i <= 0 ? 0 : impliedKnots(reports.get(i - 1), r);
    }
}
