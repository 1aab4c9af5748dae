/**
 * Zones: the areas and lines positions are judged against (maritime zones of the Law of the Sea,
 * fishing zones of Decree 26/2019, protected and restricted areas, ports, areas of responsibility).
 * The model is here; reading and writing GeoJSON is in {@code geojson}, zones built from a baseline in
 * {@code baseline}, and the point and segment queries in {@code index}.
 */
package io.coastwatch.engine.zone;
