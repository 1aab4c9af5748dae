package io.coastwatch.server.config;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.server.alert.AlertService;
import io.coastwatch.server.alert.AlertViews;
import io.coastwatch.server.live.LiveWebSocketHandler;
import io.coastwatch.server.webhook.WebhookDispatcher;
import io.coastwatch.server.webhook.WebhookSettings;
import io.coastwatch.server.webhook.WebhookTarget;
import io.coastwatch.store.Database;
import io.coastwatch.store.alert.AlertStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts: the alert service (the engine's {@link io.coastwatch.engine.port.AlertSink}) on the store's
 * alerts, the webhook dispatcher delivering its outbox, the push of alert changes to the live feed,
 * and their meters.
 */
@Configuration(proxyBeanMethods = false)
public class AlertConfiguration {

    @Bean
    AlertStore alertStore(Database database) {
        return database.alerts();
    }

    @Bean
    AlertViews alertViews(LivePicture picture) {
        return new AlertViews(picture);
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
    AlertService alertService(AlertStore store, AlertViews views, CoastwatchProperties properties, JsonMapper json,
            WebhookDispatcher dispatcher, Clock clock) {
        List<WebhookTarget> targets = properties.webhooks().stream()
                .map(hook -> new WebhookTarget(hook.url(), hook.minSeverity())).toList();
        AlertService service = new AlertService(store, views, targets, json, properties.alerts().queueCapacity(),
                dispatcher::wake, clock);
        service.start();
        return service;
    }

    /** Every alert change goes to every live client. */
    @Bean(destroyMethod = "close")
    AutoCloseable alertsToLiveFeed(AlertService alerts, AlertViews views, LiveWebSocketHandler live) {
        return alerts.subscribe(alert -> live.pushAlert(views.of(alert)));
    }

    @Bean
    MeterBinder alertMeters(AlertService alerts, WebhookDispatcher webhooks, LiveWebSocketHandler live) {
        return registry -> {
            FunctionCounter.builder("coastwatch.alerts.detections", alerts, AlertService::received)
                    .description("detections the rules reported").register(registry);
            FunctionCounter.builder("coastwatch.alerts.dropped", alerts, AlertService::dropped)
                    .description("detections dropped because the alert queue was full").register(registry);
            FunctionCounter.builder("coastwatch.alerts.failures", alerts, AlertService::failures)
                    .description("detections whose alert change could not be stored").register(registry);
            Gauge.builder("coastwatch.alerts.queue.depth", alerts, AlertService::queued)
                    .description("detections waiting for the alert service").register(registry);
            Gauge.builder("coastwatch.alerts.open", alerts, AlertService::openAlerts)
                    .description("alerts open now").register(registry);
            FunctionCounter.builder("coastwatch.webhooks.delivered", webhooks, WebhookDispatcher::delivered)
                    .description("webhook deliveries a receiver accepted").register(registry);
            FunctionCounter.builder("coastwatch.webhooks.failed.attempts", webhooks, WebhookDispatcher::failedAttempts)
                    .description("webhook attempts that failed (each retry counts)").register(registry);
            FunctionCounter.builder("coastwatch.webhooks.given.up", webhooks, WebhookDispatcher::gaveUp)
                    .description("webhook deliveries given up after the last attempt").register(registry);
            FunctionCounter.builder("coastwatch.live.alerts.sent", live, l -> l.stats().alertsSent())
                    .description("alert messages sent to WebSocket clients").register(registry);
            FunctionCounter.builder("coastwatch.live.alerts.dropped", live, l -> l.stats().alertsDropped())
                    .description("alert messages dropped because a client had too many waiting").register(registry);
        };
    }
}
