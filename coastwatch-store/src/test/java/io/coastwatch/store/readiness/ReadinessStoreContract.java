package io.coastwatch.store.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.ResourceKind;
import io.coastwatch.operations.readiness.Availability;
import io.coastwatch.operations.readiness.Commitment;
import io.coastwatch.operations.readiness.Conflict;
import io.coastwatch.operations.readiness.ReadinessBoard;
import io.coastwatch.operations.readiness.ReadinessLevel;
import io.coastwatch.operations.readiness.ReadinessOrder;
import io.coastwatch.operations.readiness.ResourceStatus;
import io.coastwatch.operations.readiness.StatusChange;
import io.coastwatch.operations.readiness.StatusTimeline;
import io.coastwatch.operations.readiness.UnitReadiness;
import io.coastwatch.operations.readiness.usecase.ReadinessDesk;
import io.coastwatch.operations.readiness.usecase.ReadinessHours;
import io.coastwatch.operations.readiness.usecase.RecordResourceStatus;
import io.coastwatch.operations.readiness.usecase.SetReadinessLevel;
import io.coastwatch.operations.readiness.usecase.ViewReadinessBoard;
import io.coastwatch.store.plan.TestCommand;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness on every backend: {@link JdbcReadinessRepository}, and the readiness use cases on the real
 * transactions, audit log and organisation.
 */
abstract class ReadinessStoreContract extends DatabaseTestBase {
    private static final Instant NOON = Instant.parse("2026-07-15T05:00:00Z");
    private static final Actor COMMANDER = new Actor("chi-huy", "p-1", List.of(RoleAssignment.in(Role.COMMANDER, TestCommand.COMMAND)));
    private static final Actor NINH_CHU_OFFICER = new Actor("can-bo-nc", "p-2",
            List.of(RoleAssignment.in(Role.STATION_OFFICER, TestCommand.NINH_CHU)));

    private final List<Commitment> planned = new ArrayList<>();
    private JdbcReadinessRepository readiness;
    private ReadinessDesk desk;

    @BeforeEach
    void desk() {
        TestCommand.seed(database);
        database.transactions().run(() -> {
            database.resources().save(boat("bp-01", TestCommand.NINH_CHU, "BP 01-25-01", 12));
            database.resources().save(boat("bp-02", TestCommand.NINH_CHU, "BP 01-25-02", 12));
            database.resources().save(boat("cano-cn", TestCommand.CA_NA, "CA NÔ CÀ NÁ", 4));
        });
        readiness = new JdbcReadinessRepository(database.transactions());
        desk = new ReadinessDesk(database.transactions(), database.audit(), readiness, database.units(),
                database.resources(), (ids, start, end) -> planned.stream()
                        .filter(use -> ids.contains(use.resourceId()) && use.start().isBefore(end) && use.end().isAfter(start))
                        .toList(), Clock.fixed(NOON, ZoneOffset.UTC));
    }

    private static Resource boat(String id, String unitId, String name, int crew) {
        return new Resource(id, ResourceKind.PATROL_BOAT, name, unitId, null, null, null, 18.0, 72.0, crew);
    }

    private UnitScope scopeOf(Actor actor) {
        return UnitScope.of(actor, database.units().treeOn(LocalDate.of(2026, 7, 15)));
    }

    @Test
    void statusChangesAreAppendedAndReadBackAsATimelineCutToAPeriod() {
        Instant at = Instant.parse("2026-07-01T00:00:00Z");
        StatusChange ready = new StatusChange("bp-01", ResourceStatus.READY, at, null, null, "a", at);
        StatusChange maintenance = new StatusChange("bp-01", ResourceStatus.MAINTENANCE, at.plus(Duration.ofDays(2)),
                "thay dầu máy", at.plus(Duration.ofDays(4)), "a", at.plus(Duration.ofDays(2)));
        StatusChange back = new StatusChange("bp-01", ResourceStatus.READY, at.plus(Duration.ofDays(4)), null, null, "a",
                at.plus(Duration.ofDays(4)));
        StatusChange other = new StatusChange("bp-02", ResourceStatus.STANDBY, at.plus(Duration.ofDays(3)), "chờ lệnh", null,
                "a", at);
        database.transactions().run(() -> List.of(back, ready, other, maintenance).forEach(readiness::append));

        assertEquals(List.of(ready, maintenance, back), readiness.timeline("bp-01").changes());
        assertThrows(StateConflict.class, () -> readiness.append(new StatusChange("bp-01", ResourceStatus.DEFECT,
                at, "hỏng", null, "a", at)), "one change per resource and instant");

        Map<String, StatusTimeline> cut = readiness.timelines(List.of("bp-01", "bp-02", "cano-cn"),
                at.plus(Duration.ofDays(3)), at.plus(Duration.ofDays(5)));
        assertEquals(List.of(maintenance, back), cut.get("bp-01").changes(), "the change in effect at the start, and later ones");
        assertEquals(List.of(other), cut.get("bp-02").changes());
        assertEquals(Set.of("bp-01", "bp-02"), cut.keySet(), "a resource with no change is absent");
        assertEquals(List.of(ready), readiness.timelines(List.of("bp-01"), at, at.plus(Duration.ofDays(1))).get("bp-01")
                .changes());
    }

    @Test
    void ordersAreKeptAsHistoryAndTheOneInEffectIsFoundAtAnyMoment() {
        SetReadinessLevel set = new SetReadinessLevel(desk);
        ReadinessOrder high = set.execute(COMMANDER, new SetReadinessLevel.Request(TestCommand.NINH_CHU, "high",
                "Mệnh lệnh số 15/ML-BCH", "áp thấp nhiệt đới", Instant.parse("2026-07-10T00:00:00Z")));
        ReadinessOrder regular = set.execute(COMMANDER, new SetReadinessLevel.Request(TestCommand.NINH_CHU, "regular",
                "Mệnh lệnh số 16/ML-BCH", null, Instant.parse("2026-07-14T00:00:00Z")));

        assertEquals(List.of(high, regular), readiness.orders(TestCommand.NINH_CHU));
        assertEquals(high, readiness.ordersAt(Instant.parse("2026-07-12T00:00:00Z")).get(TestCommand.NINH_CHU));
        assertEquals(Map.of(TestCommand.NINH_CHU, regular), readiness.ordersAt(NOON));
        assertTrue(readiness.ordersAt(Instant.parse("2026-07-09T00:00:00Z")).isEmpty());
        assertEquals("chi-huy", high.setBy());
        assertEquals(NOON, high.recordedAt());

        List<AuditEntry> entries = database.audit().find(AuditQuery.all(10));
        assertEquals(List.of("set-level", "set-level"), entries.stream().map(AuditEntry::action).toList());
        assertEquals("readiness-level", entries.getFirst().entity());
        assertEquals(TestCommand.NINH_CHU, entries.getFirst().entityId());
        assertTrue(entries.get(1).afterJson().contains("15/ML-BCH"), entries.get(1).afterJson());
    }

    @Test
    void onlyACommanderOfTheUnitOrAboveSetsItsLevelAndBadFieldsAreNamed() {
        SetReadinessLevel set = new SetReadinessLevel(desk);
        assertThrows(OutOfScope.class, () -> set.execute(NINH_CHU_OFFICER, new SetReadinessLevel.Request(
                TestCommand.NINH_CHU, "high", "Lệnh 1", null, null)));
        assertThrows(NotFound.class, () -> set.execute(COMMANDER, new SetReadinessLevel.Request("dbp-none", "high",
                "Lệnh 1", null, null)));
        InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> set.execute(COMMANDER,
                new SetReadinessLevel.Request(TestCommand.NINH_CHU, "extreme", " ", null, null)));
        assertEquals(List.of("level", "order"), invalid.problems().stream().map(Problem::field).toList());
        assertEquals("unknown-value", invalid.problems().getFirst().code());
        assertTrue(database.audit().find(AuditQuery.all(10)).isEmpty(), "a refused write is not audited");
        assertTrue(readiness.orders(TestCommand.NINH_CHU).isEmpty());
    }

    @Test
    void aStationRecordsItsOwnBoatsStatusWithAReasonAndNothingElse() {
        RecordResourceStatus record = new RecordResourceStatus(desk);
        UnitScope station = scopeOf(NINH_CHU_OFFICER);
        StatusChange maintenance = record.execute(NINH_CHU_OFFICER, station, new RecordResourceStatus.Request("bp-01",
                "maintenance", "bảo dưỡng định kỳ", null, Instant.parse("2026-07-17T01:00:00Z")));
        assertEquals(NOON, maintenance.from(), "from now when not given");
        assertEquals(List.of(maintenance), readiness.timeline("bp-01").changes());
        assertThrows(NotFound.class, () -> record.execute(NINH_CHU_OFFICER, station,
                new RecordResourceStatus.Request("cano-cn", "ready", null, null, null)), "Cà Ná's boat is not Ninh Chữ's");
        InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> record.execute(NINH_CHU_OFFICER, station,
                new RecordResourceStatus.Request("bp-02", "defect", "", NOON, NOON.minusSeconds(60))));
        assertEquals(List.of(new Problem("reason", "required", "reason is required"),
                new Problem("expectedReturn", "out-of-range", "expectedReturn must be after from")), invalid.problems());
        assertThrows(StateConflict.class, () -> record.execute(NINH_CHU_OFFICER, station,
                new RecordResourceStatus.Request("bp-01", "ready", null, NOON, null)));

        List<AuditEntry> entries = database.audit().find(AuditQuery.all(10));
        assertEquals(1, entries.size(), "only the write that happened is audited");
        assertEquals("record-status", entries.getFirst().action());
        assertEquals("resource-status", entries.getFirst().entity());
        assertEquals(TestCommand.NINH_CHU, entries.getFirst().unitId());
    }

    @Test
    void theBoardGroupsResourcesByHowSoonTheyCanGoAndFlagsTheirConflicts() {
        Instant morning = NOON.minus(Duration.ofHours(4));
        database.transactions().run(() -> {
            readiness.append(new StatusChange("bp-01", ResourceStatus.READY, morning, null, null, "a", morning));
            readiness.append(new StatusChange("bp-02", ResourceStatus.READY, morning, null, null, "a", morning));
            readiness.append(new StatusChange("bp-02", ResourceStatus.MAINTENANCE, NOON.minusSeconds(60), "thay chân vịt",
                    NOON.plus(Duration.ofDays(2)), "a", NOON));
            readiness.append(new StatusChange("cano-cn", ResourceStatus.STANDBY, morning, "kíp nghỉ tại đơn vị", null, "a",
                    morning));
        });
        new SetReadinessLevel(desk).execute(COMMANDER, new SetReadinessLevel.Request(TestCommand.CA_NA, "reinforced",
                "Mệnh lệnh số 20/ML-BCH", null, morning));
        planned.add(new Commitment("bp-01", "tt-1", NOON.plus(Duration.ofHours(2)), NOON.plus(Duration.ofHours(10)), 12));
        planned.add(new Commitment("bp-01", "tt-2", NOON.plus(Duration.ofHours(8)), NOON.plus(Duration.ofHours(20)), 12));
        planned.add(new Commitment("bp-02", "tt-3", NOON.plus(Duration.ofDays(1)), NOON.plus(Duration.ofDays(1).plusHours(6)), 5));

        ReadinessBoard board = new ViewReadinessBoard(desk).execute(scopeOf(COMMANDER), null, null);
        assertEquals(List.of(TestCommand.COMMAND, TestCommand.CA_NA, TestCommand.NINH_CHU),
                board.units().stream().map(UnitReadiness::unitId).toList(), "the command's tree, each unit above its own");
        assertEquals(List.of("bp-01"), ids(board, Availability.NOW));
        assertEquals(List.of("cano-cn"), ids(board, Availability.WITHIN_30_MINUTES));
        assertEquals(List.of("bp-02"), ids(board, Availability.NOT_AVAILABLE));
        assertEquals("thay chân vịt", board.resources(Availability.NOT_AVAILABLE).getFirst().current().reason());
        assertEquals(ReadinessLevel.REINFORCED, board.units().get(1).level());
        assertEquals(List.of(new Conflict(Conflict.Kind.DOUBLE_BOOKED, "bp-01", "tt-1", "tt-2"),
                new Conflict(Conflict.Kind.DOUBLE_BOOKED, "bp-01", "tt-2", "tt-1")),
                board.resources(Availability.NOW).getFirst().conflicts());
        assertEquals(List.of(new Conflict(Conflict.Kind.UNAVAILABLE, "bp-02", "tt-3", "maintenance"),
                new Conflict(Conflict.Kind.CREW_SHORT, "bp-02", "tt-3", "5/12")),
                board.resources(Availability.NOT_AVAILABLE).getFirst().conflicts());

        UnitScope station = scopeOf(NINH_CHU_OFFICER);
        ReadinessBoard own = new ViewReadinessBoard(desk).execute(station, null, null);
        assertEquals(List.of(TestCommand.NINH_CHU), own.units().stream().map(UnitReadiness::unitId).toList());
        assertThrows(NotFound.class, () -> new ViewReadinessBoard(desk).execute(station, TestCommand.CA_NA, null));
        ReadinessBoard before = new ViewReadinessBoard(desk).execute(station, TestCommand.NINH_CHU, morning.minusSeconds(1));
        assertEquals(List.of("bp-01", "bp-02"), ids(before, Availability.NOT_AVAILABLE), "no status recorded yet");
        assertNull(before.resources(Availability.NOT_AVAILABLE).getFirst().current());
    }

    @Test
    void hoursPerStatusAreDerivedFromTheTimelineOverAPeriod() {
        Instant day = Instant.parse("2026-07-14T00:00:00Z");
        database.transactions().run(() -> {
            readiness.append(new StatusChange("bp-01", ResourceStatus.READY, day.minus(Duration.ofDays(3)), null, null, "a", day));
            readiness.append(new StatusChange("bp-01", ResourceStatus.ON_MISSION, day.plus(Duration.ofHours(6)), "tuần tra",
                    null, "a", day));
            readiness.append(new StatusChange("bp-01", ResourceStatus.READY, day.plus(Duration.ofHours(18)), null, null, "a", day));
            readiness.append(new StatusChange("bp-02", ResourceStatus.DEFECT, day.plus(Duration.ofHours(12)), "hỏng máy",
                    null, "a", day));
        });
        ReadinessHours.Result hours = new ReadinessHours(desk).execute(scopeOf(COMMANDER), TestCommand.NINH_CHU, day,
                day.plus(Duration.ofDays(1)));
        assertEquals(12.0, hours.resources().get(0).hours(ResourceStatus.READY), 1e-9);
        assertEquals(12.0, hours.resources().get(0).hours(ResourceStatus.ON_MISSION), 1e-9);
        assertEquals(12.0, hours.resources().get(1).hours(ResourceStatus.DEFECT), 1e-9);
        assertEquals(Duration.ofHours(12), hours.resources().get(1).recorded(), "the morning before its first change is unrecorded");
        assertEquals(Duration.ofHours(36), hours.total().recorded());
        assertEquals(12.0, hours.total().hours(ResourceStatus.READY), 1e-9);
    }

    private static List<String> ids(ReadinessBoard board, Availability availability) {
        return board.resources(availability).stream().map(entry -> entry.resource().id()).toList();
    }
}
