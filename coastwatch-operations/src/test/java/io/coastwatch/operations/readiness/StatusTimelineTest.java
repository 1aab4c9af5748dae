package io.coastwatch.operations.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.ResourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource's status timeline: the status at a moment, hours per status over a period, conflicts of its plans. */
class StatusTimelineTest {
    private static final Instant DAY = Instant.parse("2026-07-14T00:00:00Z");
    private static final Resource BOAT = new Resource("bp-01", ResourceKind.PATROL_BOAT, "BP 01", "dbp", null, null, null,
            null, null, 10);

    private static StatusChange change(ResourceStatus status, int hour) {
        Instant at = DAY.plus(Duration.ofHours(hour));
        return new StatusChange("bp-01", status, at, status == ResourceStatus.READY ? null : "lý do", null, "a", at);
    }

    @Test
    void aStatusLastsUntilTheNextChangeAndHoursSumWithinThePeriodOnly() {
        StatusTimeline timeline = new StatusTimeline("bp-01", List.of(change(ResourceStatus.DEFECT, 30),
                change(ResourceStatus.READY, -48), change(ResourceStatus.MAINTENANCE, 10)));
        assertEquals(ResourceStatus.READY, timeline.at(DAY).orElseThrow().status());
        assertEquals(ResourceStatus.MAINTENANCE, timeline.at(DAY.plus(Duration.ofHours(10))).orElseThrow().status(),
                "a change is in effect from its own instant");
        assertTrue(timeline.at(DAY.minus(Duration.ofDays(3))).isEmpty(), "nothing before the first change");

        StatusHours day = timeline.hours(DAY, DAY.plus(Duration.ofDays(1)));
        assertEquals(Duration.ofHours(10), day.in(ResourceStatus.READY));
        assertEquals(Duration.ofHours(14), day.in(ResourceStatus.MAINTENANCE));
        assertEquals(Duration.ZERO, day.in(ResourceStatus.DEFECT), "the defect comes the next day");
        StatusHours early = timeline.hours(DAY.minus(Duration.ofDays(3)), DAY.minus(Duration.ofDays(1)));
        assertEquals(Duration.ofDays(1), early.recorded(), "the first day is before any change");
        assertThrows(IllegalArgumentException.class, () -> timeline.hours(DAY, DAY.minusSeconds(1)));
    }

    @Test
    void aPlanOverlappingAnotherMaintenanceOrShortOfCrewIsAConflictAndAPlanAloneIsNot() {
        StatusTimeline timeline = new StatusTimeline("bp-01", List.of(change(ResourceStatus.READY, 0),
                change(ResourceStatus.MAINTENANCE, 40), change(ResourceStatus.READY, 60)));
        Commitment morning = new Commitment("bp-01", "m-1", DAY.plus(Duration.ofHours(6)), DAY.plus(Duration.ofHours(12)), 10);
        Commitment adjoining = new Commitment("bp-01", "m-2", DAY.plus(Duration.ofHours(12)), DAY.plus(Duration.ofHours(20)), 10);
        assertEquals(List.of(), Conflicts.of(BOAT, timeline, List.of(morning, adjoining)), "back to back is no overlap");

        Commitment intoMaintenance = new Commitment("bp-01", "m-3", DAY.plus(Duration.ofHours(36)),
                DAY.plus(Duration.ofHours(44)), 7);
        assertEquals(List.of(new Conflict(Conflict.Kind.UNAVAILABLE, "bp-01", "m-3", "maintenance"),
                new Conflict(Conflict.Kind.CREW_SHORT, "bp-01", "m-3", "7/10")),
                Conflicts.of(BOAT, timeline, List.of(intoMaintenance)));
        Commitment overlapping = new Commitment("bp-01", "m-4", DAY.plus(Duration.ofHours(10)), DAY.plus(Duration.ofHours(14)), 10);
        assertEquals(List.of(new Conflict(Conflict.Kind.DOUBLE_BOOKED, "bp-01", "m-1", "m-4"),
                new Conflict(Conflict.Kind.DOUBLE_BOOKED, "bp-01", "m-4", "m-1")),
                Conflicts.of(BOAT, timeline, List.of(morning, overlapping)));
    }

    @Test
    void aStatusOtherThanReadyNeedsAReasonAndAnExpectedReturnAfterIt() {
        assertThrows(IllegalArgumentException.class, () -> new StatusChange("bp-01", ResourceStatus.DEFECT, DAY, " ", null,
                "a", DAY));
        assertThrows(IllegalArgumentException.class, () -> new StatusChange("bp-01", ResourceStatus.MAINTENANCE, DAY,
                "dầu", DAY, "a", DAY));
    }
}
