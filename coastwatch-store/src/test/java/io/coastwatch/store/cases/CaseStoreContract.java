package io.coastwatch.store.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.cases.CaseEntry;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseIntake;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CaseParty;
import io.coastwatch.operations.cases.CasePlace;
import io.coastwatch.operations.cases.CaseQuery;
import io.coastwatch.operations.cases.CaseRepository;
import io.coastwatch.operations.cases.CaseState;
import io.coastwatch.operations.cases.CaseSummary;
import io.coastwatch.operations.cases.CaseTask;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.cases.PartyRole;
import io.coastwatch.operations.cases.usecase.AddCaseInvolvement;
import io.coastwatch.operations.cases.usecase.AddCaseNote;
import io.coastwatch.operations.cases.usecase.AssignCase;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.cases.usecase.CaseIntakeService;
import io.coastwatch.operations.cases.usecase.CaseTasks;
import io.coastwatch.operations.cases.usecase.ChangeCaseState;
import io.coastwatch.operations.cases.usecase.LinkToCase;
import io.coastwatch.operations.cases.usecase.OpenCase;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.store.jdbc.StoreException;
import io.coastwatch.store.plan.TestCommand;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cases on every backend: {@link JdbcCaseRepository} under the case use cases, on the real
 * transactions and audit log — numbers per unit and year, the timeline replayed into the case, the
 * states and reopening, links both ways and {@link CaseIntake}, tasks, scope, searches and counts.
 */
abstract class CaseStoreContract extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-07-15T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Actor COMMANDER = new Actor("chi-huy", null, List.of(RoleAssignment.in(Role.COMMANDER, TestCommand.COMMAND)));
    private static final Actor NINH_CHU_OFFICER = new Actor("can-bo-nc", null,
            List.of(RoleAssignment.in(Role.STATION_OFFICER, TestCommand.NINH_CHU)));
    private static final Actor CA_NA_OFFICER = new Actor("can-bo-cn", null,
            List.of(RoleAssignment.in(Role.STATION_OFFICER, TestCommand.CA_NA)));

    private CaseRepository cases;
    private CaseDesk desk;
    private UnitScope commandScope;
    private UnitScope ninhChuScope;
    private UnitScope caNaScope;

    @BeforeEach
    void desk() {
        TestCommand.seed(database);
        cases = new JdbcCaseRepository(database.transactions());
        desk = new CaseDesk(database.transactions(), database.audit(), cases, database.units(), database.persons(),
                database.agencies(), Catalog.seeded(), CLOCK);
        commandScope = scopeOf(COMMANDER);
        ninhChuScope = scopeOf(NINH_CHU_OFFICER);
        caNaScope = scopeOf(CA_NA_OFFICER);
    }

    private UnitScope scopeOf(Actor actor) {
        return UnitScope.of(actor, database.units().treeOn(desk.today()));
    }

    private IncidentCase open(Actor actor, UnitScope scope, String unitId, String kindId, Instant occurredAt, SourceRef source) {
        return new OpenCase(desk).execute(actor, scope, new OpenCase.Request(kindId, Severity.WARNING,
                "Tàu lạ neo đậu gần đảo", occurredAt, new CasePlace(11.55, 109.2, null), unitId, null,
                List.of(CaseVessel.ofVesselId("574000001")), source));
    }

    @Test
    void casesAreNumberedPerUnitAndYearAndReadBackFromTheirTimeline() {
        IncidentCase first = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling", NOW.minusSeconds(3600), null);
        IncidentCase second = open(COMMANDER, commandScope, TestCommand.NINH_CHU, "drugs", NOW.minusSeconds(60), null);
        IncidentCase otherUnit = open(CA_NA_OFFICER, caNaScope, TestCommand.CA_NA, "smuggling", NOW.minusSeconds(60), null);

        assertEquals("1/VV-DBP-NINH-CHU", first.number().text());
        assertEquals("2/VV-DBP-NINH-CHU", second.number().text());
        assertEquals("1/VV-DBP-CA-NA", otherUnit.number().text());
        assertEquals(2026, first.number().year());
        assertEquals(first, cases.find(first.id()).orElseThrow(), "the case its timeline makes");
        assertEquals(CaseState.REPORTED, first.state());
        assertEquals(List.of(CaseVessel.ofVesselId("574000001")), first.vessels());
        List<CaseEntry> timeline = cases.timeline(first.id());
        assertEquals(1, timeline.size());
        assertEquals("can-bo-nc", timeline.getFirst().account());
        assertTrue(timeline.getFirst().event() instanceof CaseEvent.Opened);
        AuditEntry audited = database.audit().find(AuditQuery.all(10)).getLast();
        assertEquals(List.of("open", "case", first.id(), TestCommand.NINH_CHU),
                List.of(audited.action(), audited.entity(), audited.entityId(), audited.unitId()));
        assertTrue(audited.afterJson().contains("Tàu lạ neo đậu gần đảo"), audited.afterJson());
    }

    @Test
    void aCaseMovesThroughItsStatesAndAReopeningNeedsAReasonAndIsAudited() {
        String id = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling", NOW, null).id();
        ChangeCaseState change = new ChangeCaseState(desk);
        for (CaseState to : List.of(CaseState.VERIFYING, CaseState.CONFIRMED, CaseState.RESPONDING, CaseState.HANDLING,
                CaseState.CLOSED)) {
            change.execute(NINH_CHU_OFFICER, ninhChuScope, id, to, "bước " + to.code());
        }
        assertEquals(CaseState.CLOSED, cases.find(id).orElseThrow().state());
        int audited = database.audit().find(AuditQuery.all(100)).size();

        StateConflict refused = assertThrows(StateConflict.class,
                () -> change.execute(NINH_CHU_OFFICER, ninhChuScope, id, CaseState.HANDLING, null));
        assertTrue(refused.getMessage().contains("may become verifying"), refused.getMessage());
        InvalidRequest noReason = assertThrows(InvalidRequest.class,
                () -> change.execute(NINH_CHU_OFFICER, ninhChuScope, id, CaseState.VERIFYING, null));
        assertEquals("comment", noReason.problems().getFirst().field());
        assertEquals(audited, database.audit().find(AuditQuery.all(100)).size(), "nothing refused is audited");
        assertEquals(6, cases.timeline(id).size(), "nor written");

        IncidentCase reopened = change.execute(NINH_CHU_OFFICER, ninhChuScope, id, CaseState.VERIFYING, "có tin báo mới");
        assertEquals(CaseState.VERIFYING, reopened.state());
        AuditEntry last = database.audit().find(AuditQuery.all(1)).getFirst();
        assertEquals("reopen", last.action());
        assertTrue(last.beforeJson().contains("CLOSED") && last.afterJson().contains("VERIFYING"), last.afterJson());
        CaseEvent.StateChanged step = (CaseEvent.StateChanged) cases.timeline(id).getLast().event();
        assertEquals(new CaseEvent.StateChanged(CaseState.CLOSED, CaseState.VERIFYING, "có tin báo mới"), step);
    }

    @Test
    void aStationSeesAndChangesOnlyItsOwnCasesAndGivesNoCaseAway() {
        String id = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling", NOW, null).id();
        assertThrows(NotFound.class, () -> desk.visible(caNaScope, id));
        assertThrows(NotFound.class, () -> new AddCaseNote(desk).execute(CA_NA_OFFICER, caNaScope, id, "xem"));
        assertThrows(OutOfScope.class, () -> open(CA_NA_OFFICER, caNaScope, TestCommand.NINH_CHU, "smuggling", NOW, null));
        assertThrows(OutOfScope.class, () -> new AssignCase(desk).execute(NINH_CHU_OFFICER, ninhChuScope, id,
                TestCommand.CA_NA, null, "chuyển"));

        IncidentCase assigned = new AssignCase(desk).execute(COMMANDER, commandScope, id, TestCommand.CA_NA, null, "Cà Ná gần hơn");
        assertEquals(TestCommand.CA_NA, assigned.unitId());
        assertEquals("1/VV-DBP-NINH-CHU", assigned.number().text(), "the case keeps its number");
        assertEquals(id, desk.visible(caNaScope, id).id());
        assertThrows(NotFound.class, () -> desk.visible(ninhChuScope, id));
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        InvalidRequest kind = assertThrows(InvalidRequest.class,
                () -> open(COMMANDER, commandScope, TestCommand.NINH_CHU, "no-such-kind", NOW, null));
        assertEquals("kindId", kind.problems().getFirst().field());
        InvalidRequest unit = assertThrows(InvalidRequest.class,
                () -> open(COMMANDER, commandScope, "dbp-elsewhere", "smuggling", NOW, null));
        assertEquals("unitId", unit.problems().getFirst().field());
        InvalidRequest future = assertThrows(InvalidRequest.class,
                () -> open(COMMANDER, commandScope, TestCommand.NINH_CHU, "smuggling", NOW.plusSeconds(600), null));
        assertEquals("occurredAt", future.problems().getFirst().field());
        assertEquals(0, cases.search(CaseQuery.all(10)).total());
        assertEquals(List.of(), database.audit().find(AuditQuery.all(10)));
        assertEquals("1/VV-DBP-NINH-CHU", open(COMMANDER, commandScope, TestCommand.NINH_CHU, "smuggling", NOW, null)
                .number().text(), "a refused opening takes no number");
    }

    @Test
    void theIntakeJoinsTheOpenCaseOfTheSameSourceAndOpensANewOneOnceItIsClosed() {
        CaseIntake intake = new CaseIntakeService(desk);
        SourceRef control = new SourceRef("control", "ks-2026-0042");
        CaseIntake.Report report = new CaseIntake.Report("illegal-fishing-banned-gear", TestCommand.NINH_CHU,
                NOW.minusSeconds(7200), 11.4, 109.1, List.of("574000001"), control, "Kiểm tra trên biển: dùng lưới cấm");
        String id = intake.open(NINH_CHU_OFFICER, report);
        IncidentCase opened = cases.find(id).orElseThrow();
        assertEquals(List.of(control), opened.sources());
        assertEquals(new CasePlace(11.4, 109.1, null), opened.place());

        String again = intake.open(NINH_CHU_OFFICER, new CaseIntake.Report("illegal-fishing-banned-gear",
                TestCommand.NINH_CHU, NOW, 11.4, 109.1, List.of("574000001", "574000002"), control, "lần hai"));
        assertEquals(id, again, "the open case of the same source is joined");
        assertEquals(List.of("574000001", "574000002"),
                cases.find(id).orElseThrow().vessels().stream().map(CaseVessel::vesselId).toList());
        assertEquals(List.of(id), cases.linkedTo(control).stream().map(CaseSummary::id).toList());

        new ChangeCaseState(desk).execute(COMMANDER, commandScope, id, CaseState.UNFOUNDED, "không đúng");
        String fresh = intake.open(NINH_CHU_OFFICER, report);
        assertFalse(fresh.equals(id), "an unfounded case is not joined");
        assertEquals(Set.of(fresh, id), cases.linkedTo(control).stream().map(CaseSummary::id).collect(java.util.stream.Collectors.toSet()));
        assertThrows(OutOfScope.class, () -> intake.open(CA_NA_OFFICER, report));
    }

    @Test
    void aRecordIsLinkedOnceAndOnlyToAnOpenCase() {
        String id = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling", NOW, new SourceRef("alert", "17")).id();
        LinkToCase link = new LinkToCase(desk);
        IncidentCase linked = link.execute(NINH_CHU_OFFICER, ninhChuScope, id, new SourceRef("alert", "18"), "tắt AIS",
                List.of(CaseVessel.ofVesselId("574000001"), CaseVessel.ofVesselId("574000009")));
        assertEquals(List.of(new SourceRef("alert", "17"), new SourceRef("alert", "18")), linked.sources());
        assertEquals(2, linked.vessels().size(), "the vessel already held is not added twice");
        assertThrows(StateConflict.class, () -> link.execute(NINH_CHU_OFFICER, ninhChuScope, id,
                new SourceRef("alert", "18"), null, List.of()));
        assertEquals(List.of(id), cases.linkedTo(new SourceRef("alert", "18")).stream().map(CaseSummary::id).toList());
        assertEquals(List.of(), cases.linkedTo(new SourceRef("tip", "18")));

        new ChangeCaseState(desk).execute(NINH_CHU_OFFICER, ninhChuScope, id, CaseState.UNFOUNDED, "nhầm");
        assertThrows(StateConflict.class, () -> link.execute(NINH_CHU_OFFICER, ninhChuScope, id,
                new SourceRef("alert", "19"), null, List.of()));
    }

    @Test
    void tasksAreDoneOnceAndOverdueWhenTheirTimeHasPassed() {
        String id = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling", NOW, null).id();
        CaseTasks tasks = new CaseTasks(desk);
        tasks.add(NINH_CHU_OFFICER, ninhChuScope, id, "Lấy lời khai thuyền trưởng",
                new CaseTask.Assignee(CaseTask.AssigneeKind.UNIT, TestCommand.NINH_CHU), NOW.plus(Duration.ofHours(4)));
        IncidentCase withTwo = tasks.add(NINH_CHU_OFFICER, ninhChuScope, id, "Báo cáo bộ chỉ huy",
                new CaseTask.Assignee(CaseTask.AssigneeKind.UNIT, TestCommand.COMMAND), NOW.plus(Duration.ofHours(1)));
        assertEquals(List.of("t1", "t2"), withTwo.tasks().stream().map(CaseTask::id).toList());
        assertEquals(List.of(false, true), withTwo.tasks().stream()
                .map(task -> task.overdueAt(NOW.plus(Duration.ofHours(2)))).toList());

        IncidentCase done = tasks.complete(NINH_CHU_OFFICER, ninhChuScope, id, "t2");
        CaseTask reported = done.tasks().get(1);
        assertTrue(reported.done());
        assertEquals("can-bo-nc", reported.doneBy());
        assertFalse(reported.overdueAt(NOW.plus(Duration.ofHours(2))));
        assertThrows(StateConflict.class, () -> tasks.complete(NINH_CHU_OFFICER, ninhChuScope, id, "t2"));
        assertThrows(StateConflict.class, () -> tasks.complete(NINH_CHU_OFFICER, ninhChuScope, id, "t9"));
        InvalidRequest unknown = assertThrows(InvalidRequest.class, () -> tasks.add(NINH_CHU_OFFICER, ninhChuScope, id, "x",
                new CaseTask.Assignee(CaseTask.AssigneeKind.AGENCY, "no-agency"), NOW));
        assertEquals("assignee.id", unknown.problems().getFirst().field());
        assertEquals(done, cases.find(id).orElseThrow());
    }

    @Test
    void searchesFilterOnEveryFieldAndCountCasesPersonsAndVessels() {
        IncidentCase smuggling = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling",
                Instant.parse("2026-07-01T00:00:00Z"), null);
        IncidentCase drugs = open(CA_NA_OFFICER, caNaScope, TestCommand.CA_NA, "drugs", Instant.parse("2026-07-10T00:00:00Z"), null);
        AddCaseInvolvement involve = new AddCaseInvolvement(desk);
        involve.party(CA_NA_OFFICER, caNaScope, drugs.id(), new CaseParty("Nguyễn Văn A", PartyRole.SUSPECT, "058090001234", null));
        involve.party(CA_NA_OFFICER, caNaScope, drugs.id(), new CaseParty("Trần Văn B", PartyRole.WITNESS, null, null));
        involve.vessel(CA_NA_OFFICER, caNaScope, drugs.id(), new CaseVessel(null, null, "NT-90001-TS", "Biển Xanh"));
        assertThrows(StateConflict.class, () -> involve.vessel(CA_NA_OFFICER, caNaScope, drugs.id(),
                new CaseVessel(null, null, "NT-90001-TS", null)));
        new ChangeCaseState(desk).execute(CA_NA_OFFICER, caNaScope, drugs.id(), CaseState.CONFIRMED, null);

        assertEquals(List.of(drugs.id(), smuggling.id()), ids(CaseQuery.all(10)));
        assertEquals(List.of(drugs.id()), ids(new CaseQuery(Set.of(CaseState.CONFIRMED), Set.of(), null, null, null, null, 10, 0)));
        assertEquals(List.of(smuggling.id()), ids(new CaseQuery(Set.of(), Set.of("smuggling"), null, null, null, null, 10, 0)));
        assertEquals(List.of(smuggling.id()), ids(new CaseQuery(Set.of(), Set.of(), ninhChuScope.unitIds(), null, null, null, 10, 0)));
        assertEquals(List.of(), ids(new CaseQuery(Set.of(), Set.of(), Set.of(), null, null, null, 10, 0)));
        assertEquals(List.of(smuggling.id()), ids(new CaseQuery(Set.of(), Set.of(), null, Instant.parse("2026-06-30T00:00:00Z"),
                Instant.parse("2026-07-10T00:00:00Z"), null, 10, 0)), "from included, to excluded");
        assertEquals(List.of(drugs.id()), ids(new CaseQuery(Set.of(), Set.of(), null, null, null, "vv-dbp-ca", 10, 0)));
        CaseRepository.Page second = cases.search(new CaseQuery(Set.of(), Set.of(), null, null, null, null, 1, 1));
        assertEquals(2, second.total());
        assertEquals(List.of(smuggling.id()), second.cases().stream().map(CaseSummary::id).toList());

        CaseSummary summary = cases.search(new CaseQuery(Set.of(), Set.of("drugs"), null, null, null, null, 1, 0)).cases().getFirst();
        assertEquals(CaseSummary.of(cases.find(drugs.id()).orElseThrow()), summary);
        assertEquals(new CaseRepository.Tally(2, 1, 3), cases.tally(CaseQuery.all(1)),
                "vụ: 2; đối tượng: the suspect, not the witness; phương tiện: 1 + 2");
    }

    @Test
    void theTimelineIsAppendOnly() {
        String id = open(NINH_CHU_OFFICER, ninhChuScope, TestCommand.NINH_CHU, "smuggling", NOW, null).id();
        for (String sql : List.of("UPDATE case_entries SET account = 'x'", "DELETE FROM case_entries")) {
            assertThrows(StoreException.class, () -> database.transactions().write(
                    io.coastwatch.store.jdbc.Durability.DURABLE, connection -> {
                        try (Statement statement = connection.createStatement()) {
                            return statement.executeUpdate(sql);
                        }
                    }), sql);
        }
        assertEquals(1, cases.timeline(id).size());
    }

    private List<String> ids(CaseQuery query) {
        return cases.search(query).cases().stream().map(CaseSummary::id).toList();
    }
}
