package io.coastwatch.server.alert;

import io.coastwatch.server.webhook.WebhookTarget;
import io.coastwatch.store.alert.Alert;
import io.coastwatch.store.alert.AlertEvent;
import io.coastwatch.store.alert.WebhookMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook deliveries of one alert change: one per receiver whose minimum severity the alert
 * reaches, each with the JSON body {@code {"event", "time", "user", "comment", "alert": AlertView}}
 * (event = the history step's action: {@code created}, {@code severity_raised}, {@code ended},
 * {@code acknowledged}, {@code escalated}, {@code resolved}, {@code false_alarm}). Thread-safe.
 */
final class AlertWebhooks {
    private final List<WebhookTarget> targets;
    private final AlertViews views;
    private final JsonMapper json;

    AlertWebhooks(List<WebhookTarget> targets, AlertViews views, JsonMapper json) {
        this.targets = List.copyOf(targets);
        this.views = views;
        this.json = json;
    }

    /** Whether any receiver is configured. */
    boolean any() {
        return !targets.isEmpty();
    }

    List<WebhookMessage> messages(Alert alert, AlertEvent event) {
        List<WebhookTarget> receivers = targets.stream().filter(target -> target.wants(alert.severity())).toList();
        if (receivers.isEmpty()) {
            return List.of();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.action());
        body.put("time", AlertViews.time(event.timeMillis()));
        body.put("user", event.user());
        body.put("comment", event.comment());
        body.put("alert", views.of(alert));
        String payload = json.writeValueAsString(body);
        return receivers.stream().map(target -> new WebhookMessage(target.url(), event.action(), payload)).toList();
    }
}
