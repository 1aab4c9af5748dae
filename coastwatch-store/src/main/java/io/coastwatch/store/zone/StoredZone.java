package io.coastwatch.store.zone;

/**
 * A zone as stored.
 *
 * @param id unique identifier
 * @param name for people
 * @param kind the zone kind's code ({@code io.coastwatch.engine.zone.ZoneKind#code()})
 * @param feature the zone as a GeoJSON Feature, JSON text
 * @param version 1 when created, one more at each recorded change
 * @param updatedBy who made the last change
 * @param updatedMillis when, UNIX ms
 */
public record StoredZone(String id, String name, String kind, String feature, long version, String updatedBy,
        long updatedMillis) {
}
