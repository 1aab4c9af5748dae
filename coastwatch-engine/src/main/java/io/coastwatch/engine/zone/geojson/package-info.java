/**
 * Zones to and from GeoJSON (RFC 7946 FeatureCollection), with the validation that refuses a bad
 * document as a whole and says where each problem is, and the demo zones bundled with the engine.
 */
package io.coastwatch.engine.zone.geojson;
