package io.coastwatch.server.webhook;

import static io.coastwatch.server.alert.TestDetections.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.server.alert.AlertStack;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.store.alert.WebhookDelivery;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks through the durable outbox, to a real HTTP receiver on 127.0.0.1: retries with back-off,
 * minimum severities, giving up, a receiver that holds requests, and a stop and restart in between.
 */
class WebhookDeliveryTest {
    private static final long T0 = Instant.parse("2026-11-28T08:00:00Z").toEpochMilli();
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Retries come quickly here; the production default starts at 5 s. */
    private static final WebhookSettings QUICK = new WebhookSettings(Duration.ofMillis(20), Duration.ofMillis(100), 1_000,
            Duration.ofSeconds(10));

    @TempDir
    Path dataDir;

    private static Alert onlyAlert(AlertStack stack) {
        List<Alert> alerts = Await.until("one alert", WAIT, () -> stack.store().search(AlertQuery.all(10)).alerts(),
                found -> found.size() == 1);
        return alerts.getFirst();
    }

    @Test
    void aReceiverThatFailsFirstGetsTheDeliveryOnARetry() {
        try (Receiver receiver = new Receiver(0);
                AlertStack stack = new AlertStack(dataDir, List.of(new WebhookTarget(receiver.url("/hook"),
                        Severity.WARNING)), QUICK)) {
            receiver.failures.set(2);
            stack.worker.accept(raised("mpa-entry", 574_920_001L, "mpa-nui-chua", Severity.WARNING, T0, 0));

            Await.until("delivered", WAIT, () -> receiver.accepted("/hook").size() == 1);
            Alert alert = onlyAlert(stack);
            Receiver.Request accepted = receiver.accepted("/hook").getFirst();
            JsonNode body = Api.parse(accepted.body());
            assertEquals("created", body.get("event").asString());
            assertEquals("created", accepted.event());
            assertEquals("system", body.get("user").asString());
            assertEquals(alert.id(), body.get("alert").get("id").asLong());
            assertEquals("warning", body.get("alert").get("severity").asString());
            assertEquals("mpa-nui-chua", body.get("alert").get("zone").get("id").asString());
            assertEquals(3, receiver.requests.size(), "two refusals, then the delivery");
            assertTrue(receiver.requests.stream().allMatch(r -> r.deliveryId().equals(accepted.deliveryId())),
                    "every attempt carries the same delivery id");

            WebhookDelivery delivery = Await.until("recorded", WAIT, () -> stack.store().deliveries(alert.id()).getFirst(),
                    WebhookDelivery::delivered);
            assertEquals(3, delivery.attempts());
            assertNull(delivery.lastError());
            assertEquals(2, stack.dispatcher.failedAttempts());
        }
    }

    @Test
    void onlyAlertsAtTheReceiversMinimumSeverityAreSentWithEveryChange() {
        try (Receiver receiver = new Receiver(0);
                AlertStack stack = new AlertStack(dataDir, List.of(new WebhookTarget(receiver.url("/critical"),
                        Severity.CRITICAL), new WebhookTarget(receiver.url("/all"), Severity.INFO)), QUICK)) {
            stack.worker.accept(raised("dark", 574_920_002L, "", Severity.WARNING, T0, 0));
            Alert alert = onlyAlert(stack);
            stack.worker.transition(alert.id(), AlertAction.ACKNOWLEDGE, new Actor("officer-1", null, List.of()), "watching");
            stack.worker.accept(raised("dark", 574_920_002L, "", Severity.CRITICAL, T0, 5));

            Await.until("three to /all", WAIT, () -> receiver.accepted("/all").size() == 3);
            Await.until("one to /critical", WAIT, () -> receiver.accepted("/critical").size() == 1);
            assertEquals(List.of("created", "acknowledged", "severity-raised"),
                    receiver.accepted("/all").stream().map(Receiver.Request::event).sorted(
                            java.util.Comparator.comparing(e -> List.of("created", "acknowledged", "severity-raised")
                                    .indexOf(e))).toList());
            JsonNode acknowledged = receiver.accepted("/all").stream().filter(r -> r.event().equals("acknowledged"))
                    .map(r -> Api.parse(r.body())).findFirst().orElseThrow();
            assertEquals("officer-1", acknowledged.get("user").asString());
            assertEquals("watching", acknowledged.get("comment").asString());
            JsonNode critical = Api.parse(receiver.accepted("/critical").getFirst().body());
            assertEquals("severity-raised", critical.get("event").asString());
            assertEquals("critical", critical.get("alert").get("severity").asString());
        }
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttemptAndStaysVisible() {
        WebhookSettings threeAttempts = new WebhookSettings(Duration.ofMillis(20), Duration.ofMillis(100), 3,
                Duration.ofSeconds(10));
        try (Receiver receiver = new Receiver(0);
                AlertStack stack = new AlertStack(dataDir, List.of(new WebhookTarget(receiver.url("/hook"),
                        Severity.INFO)), threeAttempts)) {
            receiver.alwaysFail(500);
            stack.worker.accept(raised("jump", 574_920_003L, "", Severity.INFO, T0, 0));
            Alert alert = onlyAlert(stack);

            WebhookDelivery failed = Await.until("given up", WAIT, () -> stack.store().deliveries(alert.id()).getFirst(),
                    WebhookDelivery::gaveUp);
            assertEquals(3, failed.attempts());
            assertEquals("HTTP 500: busy", failed.lastError());
            assertEquals(3, receiver.requests.size());
            assertEquals(1, stack.dispatcher.gaveUp());
        }
    }

    @Test
    void aReceiverThatHoldsItsRequestsNeverDelaysDetection() {
        try (Receiver receiver = new Receiver(0);
                AlertStack stack = new AlertStack(dataDir, List.of(new WebhookTarget(receiver.url("/slow"),
                        Severity.INFO)), QUICK)) {
            receiver.hold();
            stack.worker.accept(raised("slow-1", 574_920_010L, "", Severity.WARNING, T0, 0));
            Await.until("the first delivery is held by the receiver", WAIT, () -> receiver.holding.get() == 1);

            for (int i = 1; i <= 20; i++) {
                stack.worker.accept(raised("slow-1", 574_920_010L + i, "", Severity.WARNING, T0, i));
            }
            Await.until("every alert stored while the receiver holds", WAIT,
                    () -> stack.store().search(AlertQuery.all(100)).total() == 21);
            assertTrue(receiver.accepted("/slow").isEmpty(), "nothing delivered yet");

            receiver.release();
            Await.until("all delivered", WAIT, () -> receiver.accepted("/slow").size() == 21);
        }
    }

    @Test
    void aDeliveryPendingAtAStopIsMadeAfterTheRestartAndTheOpenAlertIsKept() {
        int port;
        try (Receiver probe = new Receiver(0)) {
            port = probe.port(); // closed again: the receiver is down while the first run tries
        }
        String url = "http://127.0.0.1:" + port + "/hook";
        long alertId;
        try (AlertStack first = new AlertStack(dataDir, List.of(new WebhookTarget(url, Severity.INFO)), QUICK)) {
            first.worker.accept(raised("mpa-entry", 574_920_004L, "mpa", Severity.WARNING, T0, 0));
            alertId = onlyAlert(first).id();
            Await.until("a failed attempt", WAIT, () -> first.store().deliveries(alertId).getFirst().attempts() >= 1);
        }

        try (Receiver receiver = new Receiver(port);
                AlertStack second = new AlertStack(dataDir, List.of(new WebhookTarget(url, Severity.INFO)), QUICK)) {
            Await.until("delivered after the restart", WAIT, () -> receiver.accepted("/hook").size() == 1);
            assertEquals(alertId, Api.parse(receiver.accepted("/hook").getFirst().body()).get("alert").get("id").asLong());

            second.worker.accept(raised("mpa-entry", 574_920_004L, "mpa", Severity.WARNING, T0, 1));
            Alert updated = Await.until("updated", WAIT, () -> second.store().find(alertId).orElseThrow(),
                    alert -> alert.updates() == 1);
            assertEquals(1, second.store().search(AlertQuery.all(10)).total(), "still one alert for the key");
            assertEquals(T0 + 60_000, updated.lastMillis());
        }
    }

    @Test
    void backOffDoublesUpToItsCap() {
        WebhookSettings settings = new WebhookSettings(Duration.ofSeconds(5), Duration.ofHours(1), 20, Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(5), settings.backoff(1));
        assertEquals(Duration.ofSeconds(10), settings.backoff(2));
        assertEquals(Duration.ofSeconds(2560), settings.backoff(10));
        assertEquals(Duration.ofHours(1), settings.backoff(11));
        assertEquals(Duration.ofHours(1), settings.backoff(Integer.MAX_VALUE));
    }
}
