package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.port.OutboxMessage;
import io.coastwatch.server.webhook.WebhookTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook deliveries of one alert change: one per receiver whose minimum severity the alert
 * reaches, each with the JSON body {@code {"event", "time", "user", "comment", "alert": AlertView}}
 * (event = the history step's action: {@code created}, {@code severity-raised}, {@code ended},
 * {@code acknowledged}, {@code escalated}, {@code resolved}, {@code false-alarm}, {@code assigned}). Thread-safe.
 */
public final class AlertWebhooks implements AlertBook.Outbox {
    private final List<WebhookTarget> targets;
    private final AlertViews views;
    private final JsonMapper json;

    /**
     * @param targets the receivers
     * @param views how the alert looks in the payload
     * @param json the payloads' writer
     */
    public AlertWebhooks(List<WebhookTarget> targets, AlertViews views, JsonMapper json) {
        this.targets = List.copyOf(targets);
        this.views = views;
        this.json = json;
    }

    /** Whether any receiver is configured. */
    public boolean any() {
        return !targets.isEmpty();
    }

    @Override
    public List<OutboxMessage> messages(Alert alert, AlertEvent event) {
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
        return receivers.stream().map(target -> new OutboxMessage(target.url(), event.action(), payload)).toList();
    }
}
