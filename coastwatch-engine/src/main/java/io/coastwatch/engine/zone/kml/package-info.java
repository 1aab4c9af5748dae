/**
 * Zones from KML (OGC KML 2.2, as Google Earth and QGIS write it): each Placemark with a Polygon,
 * LineString or MultiGeometry is a zone, checked as GeoJSON imports are (see
 * {@link io.coastwatch.engine.zone.geojson.ZoneImport}). Read with the JDK's XML parser, with DTDs and
 * external entities refused.
 */
package io.coastwatch.engine.zone.kml;
