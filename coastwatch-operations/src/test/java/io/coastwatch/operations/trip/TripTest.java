package io.coastwatch.operations.trip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.registry.CrewOfficer;
import io.coastwatch.operations.registry.FishingLicence;
import io.coastwatch.operations.registry.FleetVessel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Trips: the checks of a declaration computed at once with their reasons and provisions as data, the
 * state derived from the events and the transitions it refuses, decisions that hold together, overdue
 * after the grace of the catalogue, the crew counted back, and the counters per station and day.
 */
class TripTest {

    private static final Instant MORNING = Instant.parse("2026-06-28T23:00:00Z"); // 06:00 on 29/6 in Vietnam
    private static final PortControlCatalog CATALOG = PortControlCatalog.seeded();
    private static final DepartureChecks CHECKS = new DepartureChecks(CATALOG);

    private static FleetVessel vessel(double length, LocalDate licence, List<String> devices, List<String> watchLists) {
        return new FleetVessel("NT-90123-TS", "Hải Âu 7", "", length, "purse-seine",
                new FishingLicence("GP-1", "purse-seine", "offshore", licence), LocalDate.parse("2027-01-01"), 0, devices,
                "PORT-CANA", "dbp-ca-na", "Nguyễn Văn An",
                new CrewOfficer("Trần Văn Bình", "TT-1", LocalDate.parse("2028-01-01")), null, watchLists);
    }

    private static TripEvent.Declared declaration(int crew) {
        return new TripEvent.Declared(MORNING, "can-bo", "NT90123TS", "dbp-ca-na", "PORT-CANA", MORNING.plusSeconds(3600),
                MORNING.plus(Duration.ofDays(3)), "Vùng khơi", crew);
    }

    private static TripEvent.Decided decision(TripState decision, List<DepartureCheck> checks, List<String> overridden,
            List<String> reasons, String note) {
        return new TripEvent.Decided(MORNING.plusSeconds(600), "can-bo", decision, checks, overridden, reasons, note,
                Map.of());
    }

    private static DepartureCheck check(List<DepartureCheck> checks, String name) {
        return checks.stream().filter(check -> check.check().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theChecksFailWithTheirReasonAndProvisionAndPassOrDoNotApplyOtherwise() {
        FleetVessel lapsed = vessel(16.5, LocalDate.parse("2026-06-28"), List.of("VMS-1"), List.of("iuu"));
        List<DepartureCheck> checks = CHECKS.of(Optional.of(lapsed), new VmsState(MORNING.minus(Duration.ofHours(3)), true),
                MORNING);

        DepartureCheck licence = check(checks, "licence");
        assertEquals(CheckOutcome.FAIL, licence.outcome(), "valid until the 28th, checked on the 29th in Vietnam");
        assertEquals("licence-expired", licence.reasonCode());
        assertEquals("luat-thuy-san-2017-d75", licence.legalReferenceId());
        assertEquals("vms-not-transmitting", check(checks, "vms-transmitting").reasonCode(), "silent 3 h, more than 2 h");
        assertEquals("nd37-2024-d44", check(checks, "vms-transmitting").legalReferenceId());
        assertEquals("open-vms-outage", check(checks, "vms-outage").reasonCode());
        assertEquals("on-iuu-list", check(checks, "watch-lists").reasonCode());
        assertEquals(CheckOutcome.PASS, check(checks, "captain-certified").outcome());
        assertEquals(CheckOutcome.NOT_APPLICABLE, check(checks, "chief-engineer-certified").outcome());

        FleetVessel small = vessel(11, LocalDate.parse("2027-01-01"), List.of(), List.of());
        List<DepartureCheck> smallChecks = CHECKS.of(Optional.of(small), VmsState.NEVER_SEEN, MORNING);
        assertEquals(CheckOutcome.NOT_APPLICABLE, check(smallChecks, "vms-installed").outcome(), "under 15 m");
        assertTrue(smallChecks.stream().noneMatch(c -> c.outcome() == CheckOutcome.FAIL), smallChecks.toString());

        List<DepartureCheck> unknown = CHECKS.of(Optional.empty(), VmsState.NEVER_SEEN, MORNING);
        assertEquals("no-registration", check(unknown, "registration").reasonCode());
    }

    @Test
    void aClearanceOverridesEveryFailedCheckWithANoteAndARefusalNamesItsReasons() {
        FleetVessel vessel = vessel(16.5, LocalDate.parse("2027-01-01"), List.of("VMS-1"), List.of());
        List<DepartureCheck> checks = CHECKS.of(Optional.of(vessel), new VmsState(MORNING.minus(Duration.ofHours(5)), false),
                MORNING);
        Trip trip = Trip.declared("t1", declaration(8));

        InvalidRequest notOverridden = assertThrows(InvalidRequest.class,
                () -> trip.with(decision(TripState.CLEARED, checks, List.of(), List.of(), "")));
        assertEquals("check-failed", notOverridden.problems().getFirst().code());
        InvalidRequest noNote = assertThrows(InvalidRequest.class,
                () -> trip.with(decision(TripState.CLEARED, checks, List.of("vms-transmitting"), List.of(), " ")));
        assertEquals("note", noNote.problems().getFirst().field());
        assertThrows(InvalidRequest.class, () -> trip.with(decision(TripState.REFUSED, checks, List.of(), List.of(), "")));
        assertThrows(InvalidRequest.class, () -> trip.with(decision(TripState.REFUSED, checks, List.of(), List.of("other"), "")));

        Trip cleared = trip.with(decision(TripState.CLEARED, checks, List.of("vms-transmitting"), List.of(),
                "thiết bị vừa thay, đã gọi nhà cung cấp"));
        assertEquals(TripState.CLEARED, cleared.state());
        assertEquals(List.of("vms-transmitting"), cleared.decision().orElseThrow().overridden());
        Trip refused = trip.with(decision(TripState.REFUSED, checks, List.of(), List.of("vms-not-transmitting"), ""));
        assertEquals(TripState.REFUSED, refused.state());
        assertThrows(StateConflict.class, () -> refused.with(new TripEvent.Departed(MORNING.plusSeconds(3600), "can-bo")));
    }

    @Test
    void theStateFollowsTheEventsAndATripAtSeaIsOverduePastItsReturnAndTheGrace() {
        Trip trip = Trip.declared("t2", declaration(8));
        assertThrows(StateConflict.class, () -> trip.with(new TripEvent.Departed(MORNING, "can-bo")), "not cleared");
        Trip held = trip.with(decision(TripState.HELD, List.of(), List.of(), List.of("other"), "báo cáo cấp trên"));
        assertEquals(TripState.HELD, held.state());
        Trip atSea = held.with(decision(TripState.CLEARED, List.of(), List.of(), List.of(), ""))
                .with(new TripEvent.Departed(MORNING.plusSeconds(3600), "system:track"))
                .with(new TripEvent.AtSea(MORNING.plusSeconds(5400), "system:track"));
        assertEquals(TripState.AT_SEA, atSea.state());

        Duration grace = CATALOG.duration("overdue-grace", LocalDate.parse("2026-07-02"));
        Instant plannedReturn = trip.declaration().plannedReturn();
        assertEquals(Duration.ofHours(12), grace);
        assertTrue(!atSea.overdue(plannedReturn.plus(grace), grace), "not before the grace has passed");
        assertTrue(atSea.overdue(plannedReturn.plus(grace).plusSeconds(1), grace));

        Trip arrived = atSea.with(new TripEvent.Arrived(plannedReturn.plus(Duration.ofDays(1)), "can-bo", 7, true, "BN-77"));
        assertEquals(1, arrived.missingCrew());
        assertTrue(!arrived.overdue(plannedReturn.plus(Duration.ofDays(2)), grace), "back in port");
        assertEquals(TripState.VERIFIED, arrived.with(new TripEvent.Verified(plannedReturn.plus(Duration.ofDays(1)),
                "can-bo", "")).state());
    }

    @Test
    void theCountersCountEachStationsDayInVietnamsCalendar() {
        FleetVessel vessel = vessel(16.5, LocalDate.parse("2027-01-01"), List.of("VMS-1"), List.of());
        List<DepartureCheck> checks = CHECKS.of(Optional.of(vessel), new VmsState(MORNING, false), MORNING);
        assertTrue(checks.stream().noneMatch(c -> c.outcome() == CheckOutcome.FAIL), checks.toString());
        Trip out = Trip.declared("t3", declaration(8)).with(decision(TripState.CLEARED, checks, List.of(), List.of(), ""))
                .with(new TripEvent.Departed(MORNING.plusSeconds(3600), "can-bo"));
        Trip back = Trip.declared("t4", declaration(5)).with(decision(TripState.CLEARED, checks, List.of(), List.of(), ""))
                .with(new TripEvent.Departed(MORNING.minus(Duration.ofDays(3)), "can-bo"))
                .with(new TripEvent.Arrived(MORNING.plusSeconds(7200), "can-bo", 5, true, ""));
        Trip refused = Trip.declared("t5", declaration(6)).with(decision(TripState.REFUSED, checks, List.of(),
                List.of("licence-expired", "on-watch-list"), ""));

        List<StationDayCount> counts = TripCounters.count(List.of(out, back, refused), Set.of("dbp-ca-na"),
                LocalDate.parse("2026-06-29"), LocalDate.parse("2026-06-29"));
        assertEquals(1, counts.size(), counts.toString());
        StationDayCount day = counts.getFirst();
        assertEquals(1, day.departures(), "the departure three days before is another day");
        assertEquals(8, day.crewOut());
        assertEquals(1, day.arrivals());
        assertEquals(5, day.crewIn());
        assertEquals(Map.of("licence-expired", 1, "on-watch-list", 1), day.refusals());
        assertTrue(TripCounters.count(List.of(out), Set.of("dbp-phan-ri"), LocalDate.parse("2026-06-29"),
                LocalDate.parse("2026-06-29")).isEmpty(), "another station's");
    }
}
