package io.coastwatch.store.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.CountedRecord;
import io.coastwatch.operations.indicator.IndicatorCatalog;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.indicator.Quantity;
import io.coastwatch.operations.indicator.alert.AlertCount;
import io.coastwatch.operations.indicator.alert.AlertFact;
import io.coastwatch.operations.indicator.alert.AlertResponseTime;
import io.coastwatch.operations.indicator.departure.DepartureCount;
import io.coastwatch.operations.indicator.departure.DepartureFact;
import io.coastwatch.store.plan.TestCommand;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indicators' own queries ({@link JdbcAlertFacts}, {@link JdbcDepartureFacts}) on alerts and
 * departures written by the product's own stores, and the indicators computed over them, on every
 * backend.
 */
abstract class IndicatorFactsContract extends DatabaseTestBase {
    private static final Period JUNE = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    private static final Instant JUNE_2 = Instant.parse("2026-06-02T01:00:00Z");

    private Indicators indicators;

    @BeforeEach
    void indicators() {
        TestCommand.seed(database);
        Catalog kinds = Catalog.seeded();
        JdbcAlertFacts alerts = new JdbcAlertFacts(database.transactions());
        indicators = new Indicators(IndicatorCatalog.seeded(), List.of(new AlertCount(alerts, kinds),
                new AlertResponseTime(alerts, kinds), new DepartureCount(new JdbcDepartureFacts(database.transactions()))));
    }

    private Alert raise(RuleType type, long vessel, String zone, Instant at) {
        Alert alert = Alert.builder().ruleId(type.slug() + "-rule").ruleType(type).vesselId(vessel).zoneId(zone)
                .severity(Severity.WARNING).firstMillis(at.toEpochMilli()).lastMillis(at.toEpochMilli())
                .position(11.5, 109.3).summary(type.slug()).figures(Map.of()).build();
        return database.alerts().create(alert, new AlertEvent(0, at.toEpochMilli(), AlertEvent.SYSTEM, "created", null),
                List.of(), stored -> List.of());
    }

    private void answer(Alert alert, AlertState state, String user, Instant at) {
        database.alerts().update(alert.withState(state), new AlertEvent(alert.id(), at.toEpochMilli(), user,
                state.slug(), null), List.of(), stored -> List.of());
    }

    private IndicatorScope scope(String unitId) {
        return IndicatorScope.of(database.units().treeOn(JUNE.last()), unitId);
    }

    @Test
    void alertsAreReadWithTheirFirstAnswerByAPersonInTheirPeriodAndTypes() {
        Alert foreign = raise(RuleType.FOREIGN_VESSEL, 412_000_001, "z-nc-1", JUNE_2);
        answer(foreign, AlertState.ACKNOWLEDGED, "truc-ban", JUNE_2.plusSeconds(240));
        answer(foreign.withState(AlertState.ACKNOWLEDGED), AlertState.RESOLVED, "truc-ban", JUNE_2.plusSeconds(900));
        Alert dark = raise(RuleType.DARK_VESSEL, 574_000_001, "z-cn", JUNE_2.plusSeconds(60));
        raise(RuleType.FOREIGN_VESSEL, 412_000_002, "z-cn", Instant.parse("2026-07-01T00:00:00Z"));

        List<AlertFact> all = new ArrayList<>();
        new JdbcAlertFacts(database.transactions()).forEach(JUNE.start(), JUNE.end(), Set.of(), all::add);
        assertEquals(List.of(foreign.id(), dark.id()), all.stream().map(AlertFact::id).toList());
        AlertFact first = all.getFirst();
        assertEquals("foreign-vessel", first.ruleType());
        assertEquals(412_000_001, first.vesselId());
        assertEquals("z-nc-1", first.zoneId());
        assertEquals("resolved", first.state());
        assertEquals(JUNE_2, first.detectedAt());
        assertEquals(JUNE_2.plusSeconds(240), first.firstResponseAt());
        assertNull(all.get(1).firstResponseAt(), "nobody answered the dark vessel");

        List<AlertFact> foreignOnly = new ArrayList<>();
        new JdbcAlertFacts(database.transactions()).forEach(JUNE.start(), JUNE.end(), Set.of("foreign-vessel", "encounter"),
                foreignOnly::add);
        assertEquals(List.of(foreign.id()), foreignOnly.stream().map(AlertFact::id).toList());
    }

    @Test
    void theIndicatorsCountWhatTheStoresHold() {
        Alert one = raise(RuleType.FOREIGN_VESSEL, 412_000_001, "z-nc-1", JUNE_2);
        answer(one, AlertState.ACKNOWLEDGED, "truc-ban", JUNE_2.plusSeconds(120));
        Alert two = raise(RuleType.FOREIGN_VESSEL, 412_000_002, "z-nc-2", JUNE_2.plusSeconds(3_600));
        answer(two, AlertState.FALSE_ALARM, "truc-ban", JUNE_2.plusSeconds(3_660));
        Alert three = raise(RuleType.FOREIGN_VESSEL, 412_000_001, "z-cn", JUNE_2.plusSeconds(7_200));
        answer(three, AlertState.ESCALATED, "truc-ban", JUNE_2.plusSeconds(7_200 + 600));
        raise(RuleType.BOUNDARY_CROSSED, 574_000_009, "z-cn", JUNE_2.plusSeconds(9_000));

        Measure foreign = indicators.measure("foreign-vessels-detected", scope(TestCommand.COMMAND), JUNE);
        assertEquals(List.of(new Quantity(CountUnit.VESSELS, 1), new Quantity(CountUnit.TIMES, 2)), foreign.quantities());
        List<CountedRecord> listed = indicators.records("foreign-vessels-detected", scope(TestCommand.COMMAND), JUNE, 10);
        assertEquals(List.of(Long.toString(one.id()), Long.toString(three.id())), listed.stream().map(CountedRecord::id).toList());
        assertEquals(1.0, indicators.measure("vessels-in-foreign-waters", scope(TestCommand.CA_NA), JUNE).primary().orElseThrow());
        assertEquals(0.0, indicators.measure("vessels-in-foreign-waters", scope(TestCommand.NINH_CHU), JUNE).primary().orElseThrow());
        assertEquals(6.0, indicators.measure("alert-response-median", scope(TestCommand.COMMAND), JUNE).primary().orElseThrow(),
                1e-9, "2 and 10 minutes; the false alarm does not count");
    }

    @Test
    void departuresAreReadInTheirPeriodAndCountedByStation() {
        long june5 = Instant.parse("2026-06-05T22:00:00Z").toEpochMilli();
        database.registry().saveDepartures(List.of(
                new DepartureRecord("NT-90123-TS", "port-ninh-chu", TestCommand.NINH_CHU, june5, june5 + 86_400_000L * 5,
                        Long.MIN_VALUE),
                new DepartureRecord("NT-90555-TS", "port-ca-na", TestCommand.CA_NA, june5 + 3_600_000, june5 + 86_400_000L,
                        june5 + 80_000_000L),
                new DepartureRecord("NT-90555-TS", "port-ca-na", TestCommand.CA_NA,
                        Instant.parse("2026-06-30T17:00:00Z").toEpochMilli(), june5 + 86_400_000L * 40, Long.MIN_VALUE)));

        List<DepartureFact> read = new ArrayList<>();
        new JdbcDepartureFacts(database.transactions()).forEach(JUNE.start(), JUNE.end(), read::add);
        assertEquals(List.of(new DepartureFact("NT-90123-TS", Instant.ofEpochMilli(june5), "port-ninh-chu", TestCommand.NINH_CHU),
                new DepartureFact("NT-90555-TS", Instant.ofEpochMilli(june5 + 3_600_000), "port-ca-na", TestCommand.CA_NA)), read);
        assertEquals(1.0, indicators.measure("departures-recorded", scope(TestCommand.CA_NA), JUNE).primary().orElseThrow());
        assertEquals(2.0, indicators.measure("departures-recorded", scope(TestCommand.COMMAND), JUNE).primary().orElseThrow());
    }
}
