package io.coastwatch.engine.port;

import java.util.Objects;

/**
 * A message to deliver (a webhook POST) that the {@link AlertRepository} writes to its outbox in the same
 * transaction as the alert change it reports, so that a change is never stored without its deliveries
 * nor delivered without being stored. Immutable.
 *
 * @param url where to POST it
 * @param event what happened to the alert ({@code created}, {@code acknowledged}, …)
 * @param payload the JSON body
 */
public record OutboxMessage(String url, String event, String payload) {
    public OutboxMessage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
    }
}
