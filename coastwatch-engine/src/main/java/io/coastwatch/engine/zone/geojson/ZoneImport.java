package io.coastwatch.engine.zone.geojson;

import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The checks every zone document goes through, whatever its format (GeoJSON, KML): one import
 * collects the zones of one document feature by feature, with every problem found (unknown kind or
 * length class, geometry invalid by JTS {@link IsValidOp} with where, kind and geometry that do not
 * go together, duplicate ids), and {@link #zones()} gives them all or refuses the whole document.
 *
 * <p>Kind codes are {@link ZoneKind#code()}s or one of the demo data's codes: {@code port_waters_boundary}
 * is a {@link ZoneKind#PORT}, {@code lane_corridor}, {@code lane_centerline} and {@code baseline_segment}
 * are {@link ZoneKind#CUSTOM} with the original code kept in the property {@value ZoneGeoJson#SOURCE_KIND}.
 *
 * <p>Not thread-safe: one instance per document.
 */
public final class ZoneImport {
    private static final Map<String, ZoneKind> DEMO_CODES = Map.of(
            "port_waters_boundary", ZoneKind.PORT,
            "lane_corridor", ZoneKind.CUSTOM,
            "lane_centerline", ZoneKind.CUSTOM,
            "baseline_segment", ZoneKind.CUSTOM);

    private final List<Zone> zones = new ArrayList<>();
    private final List<ZoneProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /**
     * Reads feature {@code index} of the document with {@code reader}: an {@link IllegalArgumentException}
     * it throws becomes a problem of that feature, as does a duplicate id.
     *
     * @param id the feature's id as far as known before reading it, for the problem report; may be null
     * @param reader gives the zone, or {@code null} when it has already reported its problem
     *     (through {@link #zone})
     */
    public void add(int index, String id, Supplier<Zone> reader) {
        try {
            Zone zone = reader.get();
            if (zone == null) {
                return;
            }
            if (!ids.add(zone.id())) {
                problems.add(new ZoneProblem(index, zone.id(), "duplicate id"));
            } else {
                zones.add(zone);
            }
        } catch (IllegalArgumentException e) {
            problems.add(new ZoneProblem(index, id, e.getMessage()));
        }
    }

    /**
     * The zone of feature {@code index} from its parts; when its geometry is invalid, reports where
     * and returns {@code null}.
     *
     * @param name for people; the id when null or blank
     * @param kindCode the feature's kind
     * @param lengthClasses names of {@link VesselLengthClass} (fishing zones), may be empty
     * @param properties the further properties, kept as text
     * @param geometry reads the geometry; may throw {@link IllegalArgumentException} for a malformed one
     * @throws IllegalArgumentException for a missing id, an unknown kind or length class, or a
     *     geometry its kind does not take
     */
    public Zone zone(int index, String id, String name, String kindCode, List<String> lengthClasses,
            Map<String, String> properties, Supplier<Geometry> geometry) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id property");
        }
        String code = kindCode == null ? "" : kindCode;
        Map<String, String> kept = new LinkedHashMap<>();
        ZoneKind kind = ZoneKind.ofCode(code).or(() -> Optional.ofNullable(DEMO_CODES.get(code)))
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + code + "'"));
        if (!kind.code().equals(code)) {
            kept.put(ZoneGeoJson.SOURCE_KIND, code);
        }
        Set<VesselLengthClass> classes = EnumSet.noneOf(VesselLengthClass.class);
        for (String lengthClass : lengthClasses) {
            try {
                classes.add(VesselLengthClass.valueOf(lengthClass.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown length class '" + lengthClass + "' (one of "
                        + List.of(VesselLengthClass.values()) + ")");
            }
        }
        kept.putAll(properties);
        Geometry shape = geometry.get();
        TopologyValidationError error = new IsValidOp(shape).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            problems.add(at == null ? new ZoneProblem(index, id, error.getMessage())
                    : new ZoneProblem(index, id, error.getMessage(), at.x, at.y));
            return null;
        }
        return new Zone(id, name == null || name.isBlank() ? id : name, kind, shape, classes, kept);
    }

    /**
     * A longitude and latitude checked to be numbers in range.
     *
     * @param text how the document wrote the position, for the message
     * @throws IllegalArgumentException when out of range
     */
    public static Coordinate position(double longitude, double latitude, String text) {
        if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) {
            throw new IllegalArgumentException("position " + text + " is out of range");
        }
        return new Coordinate(longitude, latitude);
    }

    /**
     * The zones of the document, in document order.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public List<Zone> zones() throws ZoneImportException {
        if (!problems.isEmpty()) {
            throw new ZoneImportException(problems);
        }
        return List.copyOf(zones);
    }
}
