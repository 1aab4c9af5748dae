package io.coastwatch.store.zone;

/**
 * A zone to store: what the caller gives; the store adds version, user and time.
 *
 * @param id unique identifier
 * @param name for people
 * @param kind the zone kind's code
 * @param feature the zone as a GeoJSON Feature, JSON text
 */
public record ZoneDraft(String id, String name, String kind, String feature) {
}
