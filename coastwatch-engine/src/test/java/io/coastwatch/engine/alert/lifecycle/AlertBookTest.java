package io.coastwatch.engine.alert.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.port.OutboxMessage;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The alerts' life cycle, in memory: what a detection and a person's step change, and a restart. */
class AlertBookTest {
    private static final long T0 = Instant.parse("2026-11-28T10:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long VESSEL = 574_930_001L;

    private final InMemoryAlerts repository = new InMemoryAlerts();
    private final AlertBook book = new AlertBook(repository,
            (alert, event) -> List.of(new OutboxMessage("http://127.0.0.1:1/hook", event.action(), "#" + alert.id())));

    private static PositionFix fix(int minute) {
        return new PositionFix(VESSEL, T0 + minute * MINUTE, 11.6 + minute * 0.001, 109.2, 6.5, 45, 45, 0,
                FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
    }

    private static Detection raised(String ruleId, Severity severity, int minute) {
        PositionFix last = fix(minute);
        return new Detection(Detection.Phase.RAISED, ruleId, RuleType.PROTECTED_AREA, VESSEL, 0, "mpa", severity,
                last.timeMillis(), last.latitude(), last.longitude(), "inside mpa for " + minute + " min",
                Map.of("minutes", Figure.of(minute, Unit.MINUTES)), List.of(last));
    }

    private static Detection ended(String ruleId, int minute) {
        PositionFix last = fix(minute);
        return new Detection(Detection.Phase.ENDED, ruleId, RuleType.PROTECTED_AREA, VESSEL, 0, "mpa", Severity.INFO,
                last.timeMillis(), last.latitude(), last.longitude(), "left mpa", Map.of(), List.of());
    }

    private static String action(AlertChange change) {
        return change.event() == null ? "update" : change.event().action();
    }

    @Test
    void oneAlertPerKeyWhoseSeverityOnlyRisesAndWhichHoldsAgainAfterItEnded() {
        List<String> actions = new ArrayList<>();
        for (Detection detection : List.of(raised("mpa", Severity.WARNING, 0), raised("mpa", Severity.CRITICAL, 5),
                raised("mpa", Severity.WARNING, 10), ended("mpa", 12), ended("mpa", 13), raised("mpa", Severity.INFO, 20))) {
            book.apply(detection).forEach(change -> actions.add(action(change)));
        }

        assertEquals(List.of(AlertEvent.CREATED, AlertEvent.SEVERITY_RAISED, "update", AlertEvent.ENDED, "update"),
                actions, "the second end changes nothing: the condition had ended already");
        Alert alert = repository.all().getFirst();
        assertEquals(1, repository.all().size());
        assertEquals(Severity.CRITICAL, alert.severity(), "the highest severity seen");
        assertEquals(Alert.NOT_ENDED, alert.endedMillis(), "holding again");
        assertEquals(T0, alert.firstMillis());
        assertEquals(T0 + 20 * MINUTE, alert.lastMillis());
        assertEquals(3, alert.updates());
        assertEquals(List.of(AlertEvent.CREATED, AlertEvent.SEVERITY_RAISED, AlertEvent.ENDED),
                repository.history(alert.id()).stream().map(AlertEvent::action).toList());
        assertEquals(List.of(AlertEvent.CREATED, AlertEvent.SEVERITY_RAISED, AlertEvent.ENDED),
                repository.outbox().stream().map(OutboxMessage::event).toList(), "one outbox message per recorded step");
        assertEquals("#" + alert.id(), repository.outbox().getFirst().payload(), "built from the stored alert");
        assertEquals(4, repository.evidence(alert.id()).size(), "the evidence of every detection, once each");
    }

    @Test
    void aStaleEndFromTheWarmUpIsIgnored() {
        book.apply(raised("mpa", Severity.WARNING, 10));

        assertEquals(List.of(), book.apply(ended("mpa", 5)));
        assertEquals(Alert.NOT_ENDED, repository.all().getFirst().endedMillis());
    }

    @Test
    void anOpenAlertIsAssignedToAUnitKeepingItsStateAndAClosedOneIsNot() {
        long id = book.apply(raised("mpa", Severity.WARNING, 0)).getFirst().alert().id();

        AlertChange assigned = book.assign(id, "station-ninh-chu", "commander-1", "send BP-21", T0 + MINUTE);

        assertEquals(AlertState.NEW, assigned.alert().state());
        assertEquals("station-ninh-chu", assigned.alert().assignedUnitId());
        assertEquals(new AlertEvent(id, T0 + MINUTE, "commander-1", AlertEvent.ASSIGNED, "send BP-21",
                "station-ninh-chu"), assigned.event());
        assertEquals("station-ninh-chu", repository.find(id).orElseThrow().assignedUnitId());
        assertEquals("station-ninh-chu", book.apply(raised("mpa", Severity.WARNING, 5)).getFirst().alert()
                .assignedUnitId(), "a later detection keeps the assignment");
        book.transition(id, AlertAction.FALSE_ALARM, "commander-1", null, T0 + 6 * MINUTE);
        assertThrows(TransitionNotAllowedException.class,
                () -> book.assign(id, "station-ninh-chu", "commander-1", null, T0 + 7 * MINUTE));
        assertThrows(NoSuchElementException.class,
                () -> book.assign(id + 1, "station-ninh-chu", "commander-1", null, T0 + 7 * MINUTE));
    }

    @Test
    void peopleMoveAlertsAsTheirStateAllowsAndClosedOnesLeaveTheBook() {
        long id = book.apply(raised("mpa", Severity.WARNING, 0)).getFirst().alert().id();

        AlertChange acknowledged = book.transition(id, AlertAction.ACKNOWLEDGE, "officer-1", "watching", T0 + MINUTE);
        assertEquals(AlertState.ACKNOWLEDGED, acknowledged.alert().state());
        assertEquals(new AlertEvent(id, T0 + MINUTE, "officer-1", "acknowledged", "watching"), acknowledged.event());
        assertThrows(TransitionNotAllowedException.class,
                () -> book.transition(id, AlertAction.ACKNOWLEDGE, "officer-1", null, T0 + 2 * MINUTE));
        book.transition(id, AlertAction.RESOLVE, "officer-1", null, T0 + 3 * MINUTE);

        assertEquals(0, book.openCount());
        assertThrows(TransitionNotAllowedException.class,
                () -> book.transition(id, AlertAction.ESCALATE, "officer-1", null, T0 + 4 * MINUTE));
        assertThrows(NoSuchElementException.class,
                () -> book.transition(id + 1, AlertAction.ESCALATE, "officer-1", null, T0 + 4 * MINUTE));
    }

    @Test
    void anAlertClosedWhileItsConditionHoldsIsNotReopenedByTheSameEpisodeEvenAfterARestart() {
        long id = book.apply(raised("mpa", Severity.WARNING, 0)).getFirst().alert().id();
        book.transition(id, AlertAction.FALSE_ALARM, "officer-3", "a buoy tender, known", T0 + MINUTE);
        assertEquals(List.of(), book.apply(raised("mpa", Severity.WARNING, 5)), "the same episode");

        AlertBook restarted = new AlertBook(repository);
        restarted.restore(Duration.ofHours(6));
        assertEquals(List.of(), restarted.apply(raised("mpa", Severity.WARNING, 6)), "still the same episode");
        restarted.apply(ended("mpa", 8));
        List<AlertChange> next = restarted.apply(raised("mpa", Severity.WARNING, 30));

        assertTrue(next.getFirst().created(), "the next episode opens the next alert");
        assertEquals(T0 + 30 * MINUTE, next.getFirst().alert().firstMillis());
        assertEquals(1, restarted.openCount());
    }

    @Test
    void openAlertsAreRestoredSoThatARestartKeepsOneAlertPerKey() {
        book.apply(raised("mpa", Severity.WARNING, 0));

        AlertBook restarted = new AlertBook(repository);
        restarted.restore(Duration.ofHours(6));
        List<AlertChange> changes = restarted.apply(raised("mpa", Severity.CRITICAL, 10));

        assertEquals(1, repository.all().size());
        assertEquals(AlertEvent.SEVERITY_RAISED, changes.getFirst().event().action());
        assertEquals(1, restarted.openCount());
    }
}
