/**
 * Alerts as stored: the engine's {@link io.coastwatch.engine.port.AlertRepository} on the alert rows
 * with their life-cycle state, who did what to them and when, their evidence (bounded per alert), and
 * the durable webhook outbox, written in the same transaction as the alert change it reports
 * ({@link io.coastwatch.store.alert.AlertStore}).
 */
package io.coastwatch.store.alert;
