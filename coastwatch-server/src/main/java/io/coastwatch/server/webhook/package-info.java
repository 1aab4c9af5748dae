/**
 * Webhook delivery, apart from detection: {@link io.coastwatch.server.webhook.WebhookDispatcher}
 * POSTs what the store's durable outbox holds, on its own thread, retrying with capped exponential
 * back-off, so a slow or absent receiver never delays detection and a restart loses no delivery.
 * What goes into the outbox, and for which receivers ({@link io.coastwatch.server.webhook.WebhookTarget}),
 * is decided where alerts change.
 */
package io.coastwatch.server.webhook;
