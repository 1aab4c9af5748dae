package io.coastwatch.server.config;

import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.server.alert.AlertAudit;
import io.coastwatch.server.alert.AlertViews;
import io.coastwatch.server.alert.AlertWebhooks;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.live.LiveWebSocketHandler;
import io.coastwatch.server.webhook.WebhookDispatcher;
import io.coastwatch.server.webhook.WebhookSettings;
import io.coastwatch.server.webhook.WebhookTarget;
import io.coastwatch.server.zone.ZoneService;
import io.coastwatch.store.Database;
import io.coastwatch.store.alert.AlertStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts: the alert worker (the engine's {@link io.coastwatch.engine.port.AlertSink}, running the engine's
 * {@link AlertBook} on the store's alerts), the webhook dispatcher delivering its outbox, the push of alert
 * changes to the live feed, and their meters.
 */
@Configuration(proxyBeanMethods = false)
public class AlertConfiguration {

    @Bean
    AlertStore alertStore(Database database) {
        return database.alerts();
    }

    /**
     * Views name the vessel as the engine's tracker (the live picture) knows it now, the zone as in force
     * and the assigned unit by its newest version.
     */
    @Bean
    AlertViews alertViews(VesselTracker tracker, ZoneService zones, UnitRepository units) {
        return new AlertViews(vesselId -> Optional.ofNullable(tracker.vessel(vesselId)), zones::find, units::latest);
    }

    /** Started here (deliveries left from before a restart go out at once), closed at shutdown. */
    @Bean(destroyMethod = "close")
    WebhookDispatcher webhookDispatcher(AlertStore store, CoastwatchProperties properties, Clock clock) {
        CoastwatchProperties.WebhookDelivery delivery = properties.webhookDelivery();
        WebhookDispatcher dispatcher = new WebhookDispatcher(store, new WebhookSettings(delivery.initialBackoff(),
                delivery.maxBackoff(), delivery.maxAttempts(), delivery.timeout()), clock);
        dispatcher.start();
        return dispatcher;
    }

    /** Started here (open alerts restored), closed at shutdown after applying what is queued. */
    @Bean(destroyMethod = "close")
    AlertWorker alertWorker(Database database, AlertViews views, CoastwatchProperties properties, JsonMapper json,
            WebhookDispatcher dispatcher, Clock clock) {
        AlertStore store = database.alerts();
        List<WebhookTarget> targets = properties.webhooks().stream()
                .map(hook -> new WebhookTarget(hook.url(), hook.minSeverity())).toList();
        AlertWebhooks webhooks = new AlertWebhooks(targets, views, json);
        AlertWorker worker = new AlertWorker(new AlertBook(store, webhooks),
                AlertAudit.of(database), properties.alerts().queueCapacity(),
                webhooks.any() ? dispatcher::wake : () -> { }, clock, properties.rules().warmUp());
        worker.start();
        return worker;
    }

    /** Every alert change goes to every live client. */
    @Bean(destroyMethod = "close")
    AutoCloseable alertsToLiveFeed(AlertWorker alerts, AlertViews views, LiveWebSocketHandler live) {
        return alerts.subscribe(change -> live.pushAlert(views.of(change.alert())));
    }

    @Bean
    MeterBinder alertMeters(AlertWorker alerts, WebhookDispatcher webhooks, LiveWebSocketHandler live) {
        return registry -> {
            counter(registry, "coastwatch.alerts.detections", "detections the rules reported", alerts::received);
            counter(registry, "coastwatch.alerts.dropped", "detections dropped because the alert queue was full",
                    alerts::dropped);
            counter(registry, "coastwatch.alerts.failures", "detections whose alert change could not be stored",
                    alerts::failures);
            Gauge.builder("coastwatch.alerts.queue.depth", alerts::queued)
                    .description("detections waiting for the alert worker").register(registry);
            Gauge.builder("coastwatch.alerts.open", alerts::openAlerts).description("alerts open now").register(registry);
            counter(registry, "coastwatch.webhooks.delivered", "webhook deliveries a receiver accepted", webhooks::delivered);
            counter(registry, "coastwatch.webhooks.failed.attempts", "webhook attempts that failed (each retry counts)",
                    webhooks::failedAttempts);
            counter(registry, "coastwatch.webhooks.given.up", "webhook deliveries given up after the last attempt",
                    webhooks::gaveUp);
            counter(registry, "coastwatch.live.alerts.sent", "alert messages sent to WebSocket clients",
                    () -> live.stats().alertsSent());
            counter(registry, "coastwatch.live.alerts.dropped",
                    "alert messages dropped because a client had too many waiting", () -> live.stats().alertsDropped());
        };
    }

    private static void counter(MeterRegistry registry, String name, String description, LongSupplier count) {
        FunctionCounter.builder(name, count, LongSupplier::getAsLong).description(description).register(registry);
    }
}
