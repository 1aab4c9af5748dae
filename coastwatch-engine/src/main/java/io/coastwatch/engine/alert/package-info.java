/**
 * What rules report: {@link io.coastwatch.engine.alert.Detection}s of the rules of RULES.md
 * ({@link io.coastwatch.engine.alert.RuleType}), keyed so that one alert stays open per rule, vessel
 * and zone ({@link io.coastwatch.engine.alert.AlertKey}). The alerts' life cycle (acknowledge, close)
 * and their storage live outside the engine, behind {@link io.coastwatch.engine.port.AlertSink}.
 */
package io.coastwatch.engine.alert;
