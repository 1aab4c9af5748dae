package io.coastwatch.operations.indicator;

import io.coastwatch.operations.indicator.alert.AlertFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.indicator.departure.DepartureFact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The alert and departure indicators over a handful of records held in lists (the store's own
 * queries are tested on both databases in {@code coastwatch-store}).
 */
class AlertIndicatorsTest {
    private static final Period JUNE = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    private final ListedRecords records = new ListedRecords();
    private final List<DepartureFact> departures = records.departures();
    private final Indicators indicators = records.indicators();

    private void alert(String ruleType, long vessel, String zone, String state, String detectedAt, Integer answeredAfterMinutes) {
        records.alert(ruleType, vessel, zone, state, detectedAt, answeredAfterMinutes);
    }

    private IndicatorScope scope(String unitId) {
        return IndicatorScope.of(DemoCommand.tree(), unitId);
    }

    @Test
    void foreignVesselsCountOncePerVesselAndEveryAlertInTimesInTheZonesOfTheUnit() {
        alert("foreign-vessel", 412_000_001, "z-nc-1", "new", "2026-06-02T01:00:00Z", null);
        alert("foreign-vessel", 412_000_001, "z-nc-2", "resolved", "2026-06-03T01:00:00Z", 5);
        alert("foreign-vessel", 412_000_002, "z-cn", "acknowledged", "2026-06-04T01:00:00Z", 3);
        alert("foreign-vessel", 412_000_003, "z-nc-1", AlertFact.FALSE_ALARM, "2026-06-05T01:00:00Z", 1);
        alert("foreign-vessel", 412_000_004, "z-nc-1", "new", "2026-05-31T16:59:00Z", null);
        alert("dark-vessel", 574_000_001, "z-nc-1", "new", "2026-06-05T01:00:00Z", null);

        Measure ninhChu = indicators.measure("foreign-vessels-detected", scope(DemoCommand.NINH_CHU), JUNE);
        assertEquals(List.of(new Quantity(CountUnit.VESSELS, 1), new Quantity(CountUnit.TIMES, 2)), ninhChu.quantities());
        Measure command = indicators.measure("foreign-vessels-detected", scope(DemoCommand.COMMAND), JUNE);
        assertEquals(List.of(new Quantity(CountUnit.VESSELS, 2), new Quantity(CountUnit.TIMES, 3)), command.quantities());
        assertEquals(3, command.records(), "the false alarm and the alert of 31 May (Vietnam time) do not count");
    }

    @Test
    void theDrillDownListsTheRecordsTheFigureCounts() {
        alert("boundary-crossed", 574_000_001, "z-cn", "new", "2026-06-10T03:00:00Z", null);
        alert("boundary-approach", 574_000_002, "z-cn", "new", "2026-06-10T04:00:00Z", null);
        alert("boundary-crossed", 574_000_003, "z-cn", "escalated", "2026-06-11T03:00:00Z", 2);

        Measure crossed = indicators.measure("vessels-in-foreign-waters", scope(DemoCommand.CA_NA), JUNE);
        List<CountedRecord> listed = indicators.records("vessels-in-foreign-waters", scope(DemoCommand.CA_NA), JUNE, 100);
        assertEquals(2.0, crossed.primary().orElseThrow());
        assertEquals(crossed.records(), listed.size());
        assertEquals(List.of("1", "3"), listed.stream().map(CountedRecord::id).toList());
        assertEquals("boundary-crossed · 574000001 · z-cn · new", listed.getFirst().summary());
        assertEquals(1, indicators.records("vessels-in-foreign-waters", scope(DemoCommand.CA_NA), JUNE, 1).size());
        assertEquals(0.0, indicators.measure("vessels-in-foreign-waters", scope(DemoCommand.NINH_CHU), JUNE)
                .primary().orElseThrow());
    }

    @Test
    void aKindCountsTheAlertsOfItsRuleTypesAndOfTheKindsBelowIt() {
        alert("fishing-wrong-zone", 574_000_001, "z-cn", "new", "2026-06-10T03:00:00Z", null);
        alert("fishing-wrong-zone", 574_000_002, "z-cn", "resolved", "2026-06-12T03:00:00Z", 8);
        alert("vms-loss", 574_000_002, "z-cn", "new", "2026-06-12T03:00:00Z", null);

        assertEquals(2.0, indicators.measure("alerts-illegal-fishing", scope(DemoCommand.COMMAND), JUNE).primary().orElseThrow());
        assertEquals(3.0, indicators.measure("alerts-total", scope(DemoCommand.COMMAND), JUNE).primary().orElseThrow());
    }

    @Test
    void theResponseTimeIsTheMedianOrThe90thPercentileOfTheAnsweredAlerts() {
        int[] minutes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 30};
        for (int i = 0; i < minutes.length; i++) {
            alert("dark-vessel", 574_000_000 + i, "z-nc-1", "resolved", "2026-06-1" + i % 10 + "T03:00:00Z", minutes[i]);
        }
        alert("dark-vessel", 574_999_999, "z-nc-1", "new", "2026-06-20T03:00:00Z", null);

        Measure median = indicators.measure("alert-response-median", scope(DemoCommand.NINH_CHU), JUNE);
        assertEquals(5.5, median.primary().orElseThrow(), 1e-9);
        assertEquals(10, median.records(), "the unanswered alert has no response time");
        assertEquals(9 + 0.1 * 21, indicators.measure("alert-response-p90", scope(DemoCommand.NINH_CHU), JUNE)
                .primary().orElseThrow(), 1e-9);
        assertTrue(indicators.measure("alert-response-median", scope(DemoCommand.CA_NA), JUNE).empty());
        assertEquals(10, indicators.records("alert-response-median", scope(DemoCommand.NINH_CHU), JUNE, 50).size());
    }

    @Test
    void departuresCountForTheRecordingStationAndTheUnitsAbove() {
        departures.add(new DepartureFact("NT-90123-TS", Instant.parse("2026-06-02T22:00:00Z"), "port-ninh-chu", DemoCommand.NINH_CHU));
        departures.add(new DepartureFact("NT-90123-TS", Instant.parse("2026-06-09T22:00:00Z"), "port-ninh-chu", DemoCommand.NINH_CHU));
        departures.add(new DepartureFact("NT-90555-TS", Instant.parse("2026-06-09T23:00:00Z"), "port-ca-na", DemoCommand.CA_NA));

        assertEquals(List.of(new Quantity(CountUnit.TIMES, 2), new Quantity(CountUnit.VESSELS, 1)),
                indicators.measure("departures-recorded", scope(DemoCommand.NINH_CHU), JUNE).quantities());
        assertEquals(List.of(new Quantity(CountUnit.TIMES, 3), new Quantity(CountUnit.VESSELS, 2)),
                indicators.measure("departures-recorded", scope(DemoCommand.COMMAND), JUNE).quantities());
        assertEquals("NT-90555-TS · port-ca-na · dbp-ca-na",
                indicators.records("departures-recorded", scope(DemoCommand.CA_NA), JUNE, 10).getFirst().summary());
    }
}
