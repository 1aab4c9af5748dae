/**
 * The zones as stored: each zone's current GeoJSON Feature with a version, and the append-only history
 * of every change (who, when, before, after). The store keeps the Feature as text; reading and
 * checking it is the engine's ({@code io.coastwatch.engine.zone.geojson}).
 */
package io.coastwatch.store.zone;
