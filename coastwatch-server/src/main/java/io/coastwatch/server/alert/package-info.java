/**
 * Alerts: {@link io.coastwatch.server.alert.AlertService} takes the rules' detections off the
 * engine's thread, keeps one open alert per rule, vessel and zone, records the life cycle people
 * drive (acknowledge, escalate, resolve, false alarm), tells the live feed, and writes webhook
 * deliveries into the store's outbox with each change; {@link io.coastwatch.server.alert.AlertController}
 * serves {@code /api/v1/alerts}.
 */
package io.coastwatch.server.alert;
