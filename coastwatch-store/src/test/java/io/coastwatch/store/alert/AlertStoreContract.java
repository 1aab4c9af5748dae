package io.coastwatch.store.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.port.AlertPage;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.engine.port.OutboxMessage;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.testing.DatabaseTestBase;
import io.coastwatch.store.testing.Fixes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The {@link AlertStore} contract, run against every backend. */
abstract class AlertStoreContract extends DatabaseTestBase {
    private static final long T0 = 1_796_000_000_000L;
    private static final Function<Alert, List<OutboxMessage>> NO_WEBHOOKS = alert -> List.of();

    AlertStore alerts() {
        return database.alerts();
    }

    static Alert alert(String ruleId, long vesselId, String zoneId, Severity severity, long timeMillis) {
        return Alert.builder().ruleId(ruleId).ruleType(RuleType.ZONE_ENTRY).vesselId(vesselId).zoneId(zoneId)
                .severity(severity).firstMillis(timeMillis).lastMillis(timeMillis).position(11.5, 109.1)
                .summary("entered " + zoneId).figures(Map.of("speedKnots", Figure.of(7.5, Unit.KNOTS), "lastAis", Figure.instant(timeMillis - 60_000)))
                .build();
    }

    static AlertEvent created(long timeMillis) {
        return new AlertEvent(0, timeMillis, AlertEvent.SYSTEM, "created", null);
    }

    @Test
    void createdAlertsAreFoundWithTheirHistoryAndEvidence() {
        List<PositionFix> evidence = List.of(Fixes.fix(574_000_001L, T0 - 60_000), Fixes.fix(574_000_001L, T0));
        Alert stored = alerts().create(alert("entry-mpa", 574_000_001L, "mpa-nui-chua", Severity.WARNING, T0),
                created(T0), evidence, NO_WEBHOOKS);

        assertTrue(stored.id() > 0);
        assertEquals(stored, alerts().find(stored.id()).orElseThrow());
        assertEquals(Map.of("speedKnots", Figure.of(7.5, Unit.KNOTS), "lastAis", Figure.instant(T0 - 60_000)),
                alerts().find(stored.id()).orElseThrow().figures());
        assertEquals(List.of(new AlertEvent(stored.id(), T0, "system", "created", null)), alerts().history(stored.id()));
        assertEquals(evidence, alerts().evidence(stored.id()));
        assertEquals(List.of(stored), alerts().open());
        assertTrue(alerts().find(stored.id() + 1).isEmpty());
    }

    @Test
    void oneOpenAlertPerKeyButANewOneOnceClosed() {
        Alert first = alerts().create(alert("entry-mpa", 7, "mpa", Severity.INFO, T0), created(T0), List.of(), NO_WEBHOOKS);

        assertThrows(IllegalStateException.class, () -> alerts().create(alert("entry-mpa", 7, "mpa", Severity.INFO, T0 + 1),
                created(T0 + 1), List.of(), NO_WEBHOOKS));
        Alert closed = first.withState(AlertState.RESOLVED);
        alerts().update(closed, new AlertEvent(first.id(), T0 + 5, "officer", "resolved", "towed back"), List.of(), NO_WEBHOOKS);
        Alert second = alerts().create(alert("entry-mpa", 7, "mpa", Severity.INFO, T0 + 10), created(T0 + 10), List.of(),
                NO_WEBHOOKS);

        assertTrue(second.id() > first.id());
        assertEquals(List.of(second), alerts().open());
        assertThrows(IllegalStateException.class, () -> alerts().update(closed.withState(AlertState.NEW), null, List.of(),
                NO_WEBHOOKS), "reopening the closed one would make two open alerts");
        assertEquals(List.of("created", "resolved"),
                alerts().history(first.id()).stream().map(AlertEvent::action).toList());
        assertEquals("towed back", alerts().history(first.id()).get(1).comment());
    }

    @Test
    void anEncounterIsKeyedByTheSmallerVesselWhicheverWayRoundItIsReported() {
        Alert encounter = Alert.builder().ruleId("encounter").ruleType(RuleType.ENCOUNTER).vesselId(9).otherVesselId(4)
                .severity(Severity.WARNING).firstMillis(T0).lastMillis(T0).summary("two vessels together").build();
        alerts().create(encounter, created(T0), List.of(), NO_WEBHOOKS);
        Alert reversed = encounter.toBuilder().vesselId(4).otherVesselId(9).build();

        assertThrows(IllegalStateException.class, () -> alerts().create(reversed, created(T0), List.of(), NO_WEBHOOKS));
        Alert found = alerts().open().getFirst();
        assertTrue(Double.isNaN(found.latitude()) && Double.isNaN(found.longitude()), "unknown position reads back as NaN");
    }

    @Test
    void updatesReplaceTheRowAndEvidenceIsAppendedOnceAndBounded() {
        long vessel = 574_000_002L;
        Alert stored = alerts().create(alert("speed", vessel, "", Severity.INFO, T0), created(T0),
                List.of(Fixes.fix(vessel, T0)), NO_WEBHOOKS);
        Alert updated = stored.toBuilder().zoneId("").severity(Severity.CRITICAL).state(AlertState.ACKNOWLEDGED)
                .firstMillis(T0).lastMillis(T0 + 60_000).endedMillis(T0 + 90_000).position(11.6, 109.2)
                .summary("now critical").figures(Map.of("speedKnots", Figure.of(21, Unit.KNOTS))).updates(3)
                .assignedUnitId("station-ninh-chu").build();
        List<PositionFix> more = new ArrayList<>();
        for (long i = 0; i <= AlertStore.MAX_EVIDENCE + 10; i++) {
            more.add(Fixes.fix(vessel, T0 + i * 1000)); // T0 again: kept once
        }

        alerts().update(updated, null, more, NO_WEBHOOKS);

        assertEquals(updated, alerts().find(stored.id()).orElseThrow());
        List<PositionFix> evidence = alerts().evidence(stored.id());
        assertEquals(AlertStore.MAX_EVIDENCE, evidence.size());
        assertEquals(more.getLast(), evidence.getLast());
        assertEquals(more.get(more.size() - AlertStore.MAX_EVIDENCE), evidence.getFirst(), "the oldest are dropped");
        assertEquals(1, alerts().history(stored.id()).size(), "no event given, none added");
    }

    @Test
    void anAssignmentIsKeptOnTheAlertAndItsStepNamesTheUnit() {
        Alert stored = alerts().create(alert("entry-mpa", 574_000_003L, "mpa", Severity.WARNING, T0), created(T0),
                List.of(), NO_WEBHOOKS);
        AlertEvent assigned = new AlertEvent(stored.id(), T0 + 60_000, "commander", AlertEvent.ASSIGNED, "send BP-21",
                "station-ninh-chu");

        alerts().update(stored.withAssignedUnit("station-ninh-chu"), assigned, List.of(), NO_WEBHOOKS);

        assertEquals("station-ninh-chu", alerts().find(stored.id()).orElseThrow().assignedUnitId());
        assertEquals(List.of(new AlertEvent(stored.id(), T0, "system", "created", null), assigned),
                alerts().history(stored.id()));
        assertEquals(null, stored.assignedUnitId(), "none until assigned");
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        Alert a = alerts().create(alert("entry-mpa", 1, "mpa", Severity.WARNING, T0), created(T0), List.of(), NO_WEBHOOKS);
        Alert b = alerts().create(alert("entry-port", 2, "port", Severity.INFO, T0 + 1000), created(T0), List.of(), NO_WEBHOOKS);
        Alert c = alerts().create(Alert.builder().ruleId("dark").ruleType(RuleType.DARK_VESSEL).vesselId(3).otherVesselId(1)
                .severity(Severity.CRITICAL).firstMillis(T0 + 2000).lastMillis(T0 + 5000).position(11, 109).summary("dark")
                .build(), created(T0), List.of(), NO_WEBHOOKS);
        alerts().update(b.withState(AlertState.FALSE_ALARM), null, List.of(), NO_WEBHOOKS);

        assertEquals(ids(c, b, a), ids(alerts().search(AlertQuery.all(10))));
        assertEquals(ids(c, a), ids(alerts().search(query(Set.of(AlertState.NEW, AlertState.ACKNOWLEDGED), null, null,
                null, null, null, null))));
        assertEquals(ids(b), ids(alerts().search(query(null, Set.of("entry-port"), null, null, null, null, null))));
        assertEquals(ids(c), ids(alerts().search(query(null, null, Set.of(RuleType.DARK_VESSEL), null, null, null, null))));
        assertEquals(ids(c, a), ids(alerts().search(query(null, null, null, Set.of(Severity.WARNING, Severity.CRITICAL),
                null, null, null))));
        assertEquals(ids(c, a), ids(alerts().search(query(null, null, null, null, 1L, null, null))), "as other vessel too");
        assertEquals(ids(a), ids(alerts().search(AlertQuery.builder().zoneId("mpa").limit(10).build())));
        assertEquals(ids(c, b), ids(alerts().search(query(null, null, null, null, null, T0 + 500, null))));
        assertEquals(ids(a), ids(alerts().search(AlertQuery.builder().toMillis(T0 + 500L).limit(10).build())));

        AlertPage second = alerts().search(AlertQuery.builder().limit(2).offset(2).build());
        assertEquals(3, second.total());
        assertEquals(ids(a), ids(second));
    }

    private static AlertQuery query(Set<AlertState> states, Set<String> ruleIds, Set<RuleType> types,
            Set<Severity> severities, Long vesselId, Long fromMillis, Long toMillis) {
        return AlertQuery.builder().states(states).ruleIds(ruleIds).ruleTypes(types).severities(severities)
                .vesselId(vesselId).fromMillis(fromMillis).toMillis(toMillis).limit(10).build();
    }

    private static List<Long> ids(Alert... alerts) {
        return java.util.Arrays.stream(alerts).map(Alert::id).toList();
    }


    private static List<Long> ids(AlertPage page) {
        return page.alerts().stream().map(Alert::id).toList();
    }

    @Test
    void webhookDeliveriesAreWrittenWithTheChangeAndTrackedUntilDeliveredOrGivenUp() {
        Alert stored = alerts().create(alert("entry-mpa", 5, "mpa", Severity.CRITICAL, T0), created(T0), List.of(),
                alert -> List.of(new OutboxMessage("http://127.0.0.1:1/a", "created", "{\"id\":" + alert.id() + "}"),
                        new OutboxMessage("http://127.0.0.1:1/b", "created", "{}")));

        List<WebhookDelivery> due = alerts().dueDeliveries(Long.MAX_VALUE, 10);
        assertEquals(2, due.size());
        WebhookDelivery first = due.getFirst();
        assertEquals("{\"id\":" + stored.id() + "}", first.payload(), "the payload is built from the stored alert");
        assertEquals(stored.id(), first.alertId());
        assertFalse(first.delivered() || first.gaveUp());
        assertEquals(OptionalLong.of(first.nextAttemptMillis()), alerts().nextDeliveryMillis());

        alerts().attemptFailed(first.id(), "HTTP 503", first.nextAttemptMillis() + 5000);
        alerts().attemptFailed(due.get(1).id(), "connection refused", WebhookDelivery.NONE);
        assertEquals(List.of(), alerts().dueDeliveries(first.nextAttemptMillis() + 4999, 10));
        assertEquals(OptionalLong.of(first.nextAttemptMillis() + 5000), alerts().nextDeliveryMillis());
        alerts().delivered(first.id(), T0 + 9);

        reopen(Duration.ZERO);
        List<WebhookDelivery> all = alerts().deliveries(stored.id());
        assertEquals(2, all.get(0).attempts());
        assertTrue(all.get(0).delivered());
        assertEquals(T0 + 9, all.get(0).deliveredMillis());
        assertTrue(all.get(1).gaveUp());
        assertEquals("connection refused", all.get(1).lastError());
        assertEquals(OptionalLong.empty(), alerts().nextDeliveryMillis());
    }

    @Test
    void aFailingDeliveryBuilderLeavesNoAlertBehind() {
        assertThrows(IllegalArgumentException.class, () -> alerts().create(alert("entry-mpa", 6, "mpa", Severity.INFO, T0),
                created(T0), List.of(Fixes.fix(6, T0)), alert -> {
                    throw new IllegalArgumentException("no payload");
                }));
        assertEquals(0, alerts().search(AlertQuery.all(10)).total());
        assertTrue(LongStream.rangeClosed(1, 3).allMatch(id -> alerts().evidence(id).isEmpty()));
    }
}
