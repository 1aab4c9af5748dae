package io.coastwatch.store.alert;

import java.util.Objects;

/**
 * A webhook delivery to put in the outbox with an alert change.
 *
 * @param url where to POST it
 * @param event what happened to the alert ({@code created}, {@code acknowledged}, …)
 * @param payload the JSON body
 */
public record WebhookMessage(String url, String event, String payload) {
    public WebhookMessage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
    }
}
