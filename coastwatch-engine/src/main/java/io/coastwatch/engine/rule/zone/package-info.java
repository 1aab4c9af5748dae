/**
 * The rules of docs/rules.md about zones and limits: zone entry and exit, dwell, speed in zone, boundary
 * approach, predicted crossing, boundary crossed, foreign vessel, fishing in the wrong zone,
 * protected area, unregistered. Each judges the {@link io.coastwatch.engine.rule.VesselState} the
 * engine keeps (zones now and before, edges crossed, distance to and side of the national limit,
 * registry entry) and reports through {@link io.coastwatch.engine.rule.Detections}.
 */
package io.coastwatch.engine.rule.zone;
