/**
 * Detections and alerts: what rules report ({@link io.coastwatch.engine.alert.Detection}s of the rules
 * of {@code docs/rules.md}, {@link io.coastwatch.engine.alert.RuleType}), keyed so that one alert stays
 * open per rule, vessel and zone ({@link io.coastwatch.engine.alert.AlertKey}); the
 * {@link io.coastwatch.engine.alert.Alert} an officer sees, its states and the actions people take
 * on it. Their life cycle is in {@code alert.lifecycle}.
 */
package io.coastwatch.engine.alert;
