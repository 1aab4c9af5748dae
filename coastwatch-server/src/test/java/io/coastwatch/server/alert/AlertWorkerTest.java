package io.coastwatch.server.alert;

import static io.coastwatch.server.alert.TestDetections.ended;
import static io.coastwatch.server.alert.TestDetections.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.alert.lifecycle.TransitionNotAllowedException;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.webhook.WebhookSettings;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert worker (and the engine's alert book it runs) on a real SQLite store, without the server: its queue, restart and transitions. */
class AlertWorkerTest {
    private static final long T0 = Instant.parse("2026-11-28T10:00:00Z").toEpochMilli();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final WebhookSettings SETTINGS = new WebhookSettings(Duration.ofSeconds(5), Duration.ofHours(1), 20,
            Duration.ofSeconds(10));

    @TempDir
    Path dataDir;

    @Test
    void acceptNeverBlocksAndCountsWhatAFullQueueDrops() {
        try (Database database = Database.open(new StoreSettings("jdbc:sqlite:" + dataDir.resolve("c.db"), null, null,
                Duration.ZERO))) {
            // Not started: nothing takes from the queue of two.
            AlertWorker worker = new AlertWorker(new AlertBook(database.alerts()), AlertAudit.of(database), 2, () -> { }, Clock.systemUTC(),
                    Duration.ofHours(6));
            for (int i = 0; i < 5; i++) {
                worker.accept(raised("queue", 574_930_000L + i, "", Severity.INFO, T0, i));
            }
            assertEquals(5, worker.received());
            assertEquals(3, worker.dropped());
            assertEquals(2, worker.queued());
        }
    }

    @Test
    void openAlertsAreRestoredAtStartAndClosedOnesStayClosed() {
        long id;
        try (AlertStack first = new AlertStack(dataDir, List.of(), SETTINGS)) {
            first.worker.accept(raised("restore", 574_930_010L, "zone", Severity.WARNING, T0, 0));
            first.worker.accept(ended("restore", 574_930_010L, "zone", T0, 3));
            first.worker.accept(raised("closed", 574_930_011L, "zone", Severity.WARNING, T0, 0));
            Await.until("both stored", WAIT, () -> first.store().search(AlertQuery.all(10)).total() == 2
                    && first.store().search(AlertQuery.all(10)).alerts().stream().anyMatch(Alert::ended));
            id = first.store().search(AlertQuery.builder().ruleIds(Set.of("restore")).limit(10).build()).alerts().getFirst().id();
            long closedId = first.store().search(AlertQuery.builder().ruleIds(Set.of("closed")).limit(10).build()).alerts().getFirst().id();
            first.worker.transition(closedId, AlertAction.RESOLVE, new Actor("officer-2", null, List.of()), null);
            assertEquals(1, first.worker.openAlerts());
        }
        try (AlertStack second = new AlertStack(dataDir, List.of(), SETTINGS)) {
            assertEquals(1, second.worker.openAlerts());
            second.worker.accept(raised("restore", 574_930_010L, "zone", Severity.CRITICAL, T0, 10));
            // The closed alert's episode goes on across the restart: it opens nothing until it ends.
            second.worker.accept(raised("closed", 574_930_011L, "zone", Severity.WARNING, T0, 10));
            second.worker.accept(ended("closed", 574_930_011L, "zone", T0, 12));
            second.worker.accept(raised("closed", 574_930_011L, "zone", Severity.WARNING, T0, 20));
            Await.until("three alerts", WAIT, () -> second.store().search(AlertQuery.all(10)).total() == 3);
            assertEquals(T0 + 20 * 60_000L, second.store().search(AlertQuery.builder().states(Set.of(AlertState.NEW)).ruleIds(Set.of("closed")).limit(10).build()).alerts().getFirst().firstMillis(),
                    "the next episode opened the new alert, not the one going on at the restart");
            Alert restored = Await.until("restored alert updated", WAIT, () -> second.store().find(id).orElseThrow(),
                    alert -> alert.updates() == 1);
            assertEquals(Severity.CRITICAL, restored.severity());
            assertEquals(Alert.NOT_ENDED, restored.endedMillis(), "held again after it had ended");
            assertEquals(AlertState.NEW, restored.state());
            assertThrows(NoSuchElementException.class,
                    () -> second.worker.transition(987_654, AlertAction.ACKNOWLEDGE, new Actor("officer-2", null, List.of()), null));
            assertEquals(AlertState.ACKNOWLEDGED,
                    second.worker.transition(id, AlertAction.ACKNOWLEDGE, new Actor("officer-2", null, List.of()), null).alert().state());
            assertThrows(TransitionNotAllowedException.class,
                    () -> second.worker.transition(id, AlertAction.ACKNOWLEDGE, new Actor("officer-2", null, List.of()), null));
        }
    }

    @Test
    void anAlertClosedWhileItsConditionHoldsIsNotReopenedByTheSameEpisode() {
        try (AlertStack stack = new AlertStack(dataDir, List.of(), SETTINGS)) {
            long vessel = 574_930_020L;
            stack.worker.accept(raised("episode", vessel, "zone", Severity.WARNING, T0, 0));
            Await.until("the alert", WAIT, () -> stack.store().search(AlertQuery.all(10)).total() == 1);
            long id = stack.store().search(AlertQuery.all(10)).alerts().getFirst().id();
            stack.worker.transition(id, AlertAction.FALSE_ALARM, new Actor("officer-3", null, List.of()), "a buoy tender, known");

            stack.worker.accept(raised("episode", vessel, "zone", Severity.WARNING, T0, 5));
            stack.worker.accept(ended("episode", vessel, "zone", T0, 8));
            stack.worker.accept(raised("episode", vessel, "zone", Severity.WARNING, T0, 30));

            Await.until("a new alert for the new episode only", WAIT,
                    () -> stack.store().search(AlertQuery.all(10)).total() == 2);
            assertEquals(1, stack.worker.openAlerts());
            List<Alert> alerts = stack.store().search(AlertQuery.all(10)).alerts();
            assertEquals(List.of(T0, T0 + 30 * 60_000L), alerts.stream().map(Alert::firstMillis).sorted().toList(),
                    "the closed episode's later detection (step 5) opened nothing");
        }
    }
}
