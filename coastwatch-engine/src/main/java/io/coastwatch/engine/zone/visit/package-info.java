/**
 * The history question duty officers ask daily: which vessels were inside an area (a zone, or a
 * polygon drawn on the map) during a period, with their entry and exit times, answered from the stored
 * positions ({@link io.coastwatch.engine.port.PositionStore}).
 */
package io.coastwatch.engine.zone.visit;
