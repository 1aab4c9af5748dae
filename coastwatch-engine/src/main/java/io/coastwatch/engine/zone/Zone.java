package io.coastwatch.engine.zone;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;

/**
 * A zone: an area or a line positions are judged against. Coordinates are WGS-84, longitude as x
 * and latitude as y, in degrees.
 *
 * <p>Immutable: the constructor copies the geometry; callers must not modify the geometry returned
 * by {@link #geometry()} (JTS geometries cannot be frozen). It is a Polygon or MultiPolygon, or a
 * LineString or MultiLineString for kinds that {@linkplain ZoneKind#acceptsLine() accept lines}.
 * Validity of the geometry (rings closed, no self-intersection) is checked where zones enter the
 * system ({@code geojson} import), not here.
 *
 * @param id unique, non-blank
 * @param name for people
 * @param kind what the zone is
 * @param geometry the area or line
 * @param allowedLengthClasses for fishing zones, the vessel length classes allowed to fish in it
 *     (empty: the kind's {@linkplain ZoneKind#defaultLengthClasses() defaults}); empty for other kinds
 * @param properties further attributes kept from the source (e.g. legal basis), as text
 */
public record Zone(String id, String name, ZoneKind kind, Geometry geometry,
        Set<VesselLengthClass> allowedLengthClasses, Map<String, String> properties) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(geometry, "geometry");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank zone id");
        }
        boolean polygonal = geometry instanceof Polygonal;
        boolean lineal = geometry instanceof Lineal;
        if (!(polygonal || lineal) || (lineal && !kind.acceptsLine()) || (polygonal && kind.isLine())) {
            throw new IllegalArgumentException("zone " + id + ": a " + kind.code() + " zone cannot be a "
                    + geometry.getGeometryType());
        }
        if (!kind.isFishingZone() && !allowedLengthClasses.isEmpty()) {
            throw new IllegalArgumentException("zone " + id + ": length classes on a " + kind.code() + " zone");
        }
        geometry = geometry.copy();
        allowedLengthClasses = allowedLengthClasses.isEmpty() ? kind.defaultLengthClasses()
                : Set.copyOf(allowedLengthClasses);
        properties = Map.copyOf(properties);
    }

    /** A zone with the default length classes of its kind and no further properties. */
    public Zone(String id, String name, ZoneKind kind, Geometry geometry) {
        this(id, name, kind, geometry, Set.of(), Map.of());
    }

    /** Whether the zone is an area (Polygon or MultiPolygon), not a line. */
    public boolean isArea() {
        return geometry instanceof Polygonal;
    }
}
