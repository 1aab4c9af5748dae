package io.coastwatch.store.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.indicator.IndicatorCatalog;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.indicator.alert.AlertCount;
import io.coastwatch.operations.indicator.alert.AlertResponseTime;
import io.coastwatch.operations.indicator.departure.DepartureCount;
import io.coastwatch.operations.plan.Assessment;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.PlanKind;
import io.coastwatch.operations.plan.Progress;
import io.coastwatch.operations.plan.Target;
import io.coastwatch.operations.plan.usecase.CreatePlan;
import io.coastwatch.operations.plan.usecase.MeasureProgress;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.operations.plan.usecase.SetTargets;
import io.coastwatch.store.indicator.JdbcAlertFacts;
import io.coastwatch.store.indicator.JdbcDepartureFacts;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plans on every backend: {@link JdbcPlanRepository}, and the plan use cases on the real
 * transactions and audit log, with progress measured from alerts the alert store holds.
 */
abstract class PlanStoreContract extends DatabaseTestBase {
    private static final Clock JULY_15 = Clock.fixed(Instant.parse("2026-07-15T03:00:00Z"), ZoneOffset.UTC);
    private static final Actor COMMANDER = new Actor("chi-huy", "p-1", List.of(RoleAssignment.in(Role.COMMANDER, TestCommand.COMMAND)));
    private static final Actor NINH_CHU_OFFICER = new Actor("can-bo-nc", "p-2",
            List.of(RoleAssignment.in(Role.STATION_OFFICER, TestCommand.NINH_CHU)));
    private static final Actor NINH_CHU_COMMANDER = new Actor("chi-huy-nc", "p-3",
            List.of(RoleAssignment.in(Role.COMMANDER, TestCommand.NINH_CHU)));

    private JdbcPlanRepository plans;
    private PlanDesk desk;

    @BeforeEach
    void desk() {
        TestCommand.seed(database);
        plans = new JdbcPlanRepository(database.transactions());
        Catalog kinds = Catalog.seeded();
        JdbcAlertFacts alerts = new JdbcAlertFacts(database.transactions());
        Indicators indicators = new Indicators(IndicatorCatalog.seeded(), List.of(new AlertCount(alerts, kinds),
                new AlertResponseTime(alerts, kinds), new DepartureCount(new JdbcDepartureFacts(database.transactions()))));
        desk = new PlanDesk(database.transactions(), database.audit(), plans, database.units(), indicators, JULY_15);
    }

    private static Plan yearPlan(List<Target> targets) {
        return new Plan("kh-2026", PlanKind.YEAR_PLAN, TestCommand.COMMAND, "Kế hoạch công tác biên phòng năm 2026",
                Period.year(2026), targets);
    }

    @Test
    void aPlanIsStoredWithItsTargetsInOrderAndReplacedWhole() {
        Target first = new Target("foreign-vessels-detected", TestCommand.COMMAND, Period.year(2026), 120);
        Target second = new Target("vessels-in-foreign-waters", TestCommand.CA_NA,
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), 0);
        database.transactions().run(() -> plans.save(yearPlan(List.of(first, second))));
        assertEquals(yearPlan(List.of(first, second)), plans.find("kh-2026").orElseThrow());

        Plan resolution = new Plan("nq-2020-2025", PlanKind.RESOLUTION, TestCommand.COMMAND,
                "Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020–2025", new Period(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30)),
                List.of());
        plans.save(resolution);
        plans.save(yearPlan(List.of(second)));
        assertEquals(List.of(yearPlan(List.of(second)), resolution), plans.all());
        assertTrue(plans.find("kh-2027").isEmpty());
    }

    @Test
    void creatingAPlanAndSettingItsTargetsAreAuditedInTheirTransaction() {
        Plan created = new CreatePlan(desk).execute(COMMANDER, new CreatePlan.Request("kh-2026", "year-plan",
                TestCommand.COMMAND, "Kế hoạch công tác biên phòng năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        Plan set = new SetTargets(desk).execute(COMMANDER, "kh-2026", List.of(
                new SetTargets.Request("foreign-vessels-detected", null, null, null, 120.0),
                new SetTargets.Request("vessels-in-foreign-waters", TestCommand.CA_NA, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30), 0.0)));

        assertEquals(set, plans.find("kh-2026").orElseThrow());
        assertEquals(new Target("foreign-vessels-detected", TestCommand.COMMAND, Period.year(2026), 120), set.targets().get(0));
        List<AuditEntry> entries = database.audit().find(AuditQuery.all(10));
        assertEquals(List.of("set-targets", "create"), entries.stream().map(AuditEntry::action).toList());
        assertEquals("plan", entries.getFirst().entity());
        assertEquals("kh-2026", entries.getFirst().entityId());
        assertEquals("chi-huy", entries.getFirst().account());
        assertTrue(entries.getFirst().afterJson().contains("vessels-in-foreign-waters"));
        assertTrue(entries.get(1).afterJson().contains("Kế hoạch công tác biên phòng năm 2026"));
        assertEquals(created.title(), plans.find("kh-2026").orElseThrow().title());
        assertThrows(StateConflict.class, () -> new CreatePlan(desk).execute(COMMANDER, new CreatePlan.Request("kh-2026",
                "year-plan", TestCommand.COMMAND, "Lần nữa", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        assertEquals(2, database.audit().find(AuditQuery.all(10)).size(), "a refused write is not audited");
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> new CreatePlan(desk).execute(COMMANDER,
                new CreatePlan.Request("kh 2026", "plan", TestCommand.COMMAND, " ", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 1, 1))));
        assertEquals(List.of("id", "kind", "title", "last"), invalid.problems().stream().map(Problem::field).toList());
        new CreatePlan(desk).execute(COMMANDER, new CreatePlan.Request("kh-2026", "year-plan", TestCommand.COMMAND,
                "Kế hoạch năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        invalid = assertThrows(InvalidRequest.class, () -> new SetTargets(desk).execute(COMMANDER, "kh-2026", List.of(
                new SetTargets.Request("foreign-vessels-detected", null, null, null, 10.0),
                new SetTargets.Request("no-such-indicator", null, null, null, 1.0),
                new SetTargets.Request("departures-recorded", "dbp-elsewhere", null, null, -1.0),
                new SetTargets.Request("departures-recorded", null, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31), 5.0),
                new SetTargets.Request("foreign-vessels-detected", null, null, null, 12.0))));
        assertEquals(List.of(new Problem("targets[1].indicatorCode", "unknown-value", "no indicator no-such-indicator on 2026-12-31"),
                        new Problem("targets[2].unitId", "unknown-value", "unit dbp-elsewhere is not bch or a unit below it"),
                        new Problem("targets[2].value", "out-of-range", "value must be a number >= 0"),
                        new Problem("targets[3].first", "out-of-range",
                                "the target's period must lie within the plan's 2026-01-01 to 2026-12-31"),
                        new Problem("targets[4].indicatorCode", "duplicate",
                                "a target for this indicator, unit and period is given twice")),
                invalid.problems());
        assertEquals(List.of(), plans.find("kh-2026").orElseThrow().targets());
        assertEquals(1, database.audit().find(AuditQuery.all(10)).size());
    }

    @Test
    void aStationCommanderSetsOnlyItsOwnPlansAndAnOfficerOnlyReadsThem() {
        new CreatePlan(desk).execute(COMMANDER, new CreatePlan.Request("kh-2026", "year-plan", TestCommand.COMMAND,
                "Kế hoạch năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThrows(NotFound.class, () -> new SetTargets(desk).execute(NINH_CHU_OFFICER, "kh-2026", List.of()));
        assertThrows(NotFound.class, () -> new MeasureProgress(desk).execute(NINH_CHU_OFFICER, "kh-2026"));
        assertThrows(OutOfScope.class, () -> new CreatePlan(desk).execute(NINH_CHU_COMMANDER, new CreatePlan.Request(
                "kh-ca-na", "campaign", TestCommand.CA_NA, "Đợt cao điểm", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))));
        assertThrows(OutOfScope.class, () -> new CreatePlan(desk).execute(NINH_CHU_OFFICER, new CreatePlan.Request(
                "kh-ninh-chu", "campaign", TestCommand.NINH_CHU, "Đợt cao điểm", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31))), "a station officer reads plans but does not set them");
        Plan own = new CreatePlan(desk).execute(NINH_CHU_COMMANDER, new CreatePlan.Request("kh-ninh-chu", "campaign",
                TestCommand.NINH_CHU, "Đợt cao điểm tháng 7", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
        assertEquals(TestCommand.NINH_CHU, own.unitId());
        assertEquals(List.of(), new MeasureProgress(desk).execute(NINH_CHU_OFFICER, "kh-ninh-chu"),
                "the station's officer reads its plan");
    }

    @Test
    void progressComparesTheRecordsWithTheTargetsAndTheSamePeriodAYearBefore() {
        raise(RuleType.FOREIGN_VESSEL, 412_000_001, "z-nc-1", Instant.parse("2026-03-02T01:00:00Z"));
        raise(RuleType.FOREIGN_VESSEL, 412_000_002, "z-cn", Instant.parse("2026-05-02T01:00:00Z"));
        raise(RuleType.FOREIGN_VESSEL, 412_000_003, "z-cn", Instant.parse("2026-07-14T01:00:00Z"));
        raise(RuleType.FOREIGN_VESSEL, 412_000_009, "z-cn", Instant.parse("2025-04-02T01:00:00Z"));
        raise(RuleType.FOREIGN_VESSEL, 412_000_010, "z-cn", Instant.parse("2026-08-01T01:00:00Z"));
        raise(RuleType.BOUNDARY_CROSSED, 574_000_001, "z-cn", Instant.parse("2026-02-02T01:00:00Z"));
        new CreatePlan(desk).execute(COMMANDER, new CreatePlan.Request("kh-2026", "year-plan", TestCommand.COMMAND,
                "Kế hoạch năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        new SetTargets(desk).execute(COMMANDER, "kh-2026", List.of(
                new SetTargets.Request("foreign-vessels-detected", null, null, null, 2.0),
                new SetTargets.Request("vessels-in-foreign-waters", TestCommand.NINH_CHU, null, null, 0.0),
                new SetTargets.Request("vessels-in-foreign-waters", TestCommand.CA_NA, null, null, 0.0)));

        List<Progress> progress = new MeasureProgress(desk).execute(COMMANDER, "kh-2026");
        Progress foreign = progress.get(0);
        assertEquals(3.0, foreign.actual().primary().orElseThrow(), "up to today, 15 July; not the alert of August");
        assertEquals(150.0, foreign.percentOfTarget().orElseThrow(), 1e-9);
        assertEquals(Assessment.EXCEEDED, foreign.assessment());
        assertEquals(1.0, foreign.previous().primary().orElseThrow(), "1 January to 15 July 2025");
        assertEquals(200.0, foreign.changePercent().orElseThrow(), 1e-9);
        assertEquals(Assessment.MET, progress.get(1).assessment());
        assertEquals(Assessment.NOT_MET, progress.get(2).assessment());
    }

    private void raise(RuleType type, long vessel, String zone, Instant at) {
        Alert alert = Alert.builder().ruleId(type.slug() + "-" + vessel).ruleType(type).vesselId(vessel).zoneId(zone)
                .severity(Severity.WARNING).firstMillis(at.toEpochMilli()).lastMillis(at.toEpochMilli())
                .position(11.5, 109.3).summary(type.slug()).figures(Map.of()).build();
        database.alerts().create(alert, new AlertEvent(0, at.toEpochMilli(), AlertEvent.SYSTEM, "created", null),
                List.of(), stored -> List.of());
    }
}
