/**
 * Alerts in the server: {@link io.coastwatch.server.alert.AlertWorker} runs the engine's
 * {@link io.coastwatch.engine.alert.lifecycle.AlertBook} on its own thread (the rules' detections off the engine's
 * thread, the transitions people make: acknowledge, escalate, resolve, false alarm) and tells its
 * subscribers (the live feed …) of every change; {@link io.coastwatch.server.alert.AlertWebhooks} builds the
 * webhook deliveries the store writes with each change; {@link io.coastwatch.server.alert.AlertController}
 * serves {@code /api/v1/alerts}, whose JSON is a view ({@link io.coastwatch.server.alert.AlertView}).
 */
package io.coastwatch.server.alert;
