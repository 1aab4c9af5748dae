package io.coastwatch.engine.zone.geojson;

import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.index.NationalLimitSides;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
 * <p>Kind codes are {@link ZoneKind#code()}s ({@code fishing-coastal}); a kind in its old spelling
 * ({@code fishing_coastal}, {@code mpa}: {@link ZoneKind#ofLegacyCode}) is accepted with a warning. The demo
 * data's codes are known too:
 * {@code port_waters_boundary} is a {@link ZoneKind#PORT}, {@code lane_corridor}, {@code lane_centerline}
 * and {@code baseline_segment} are {@link ZoneKind#CUSTOM} with the original code kept in the property
 * {@value ZoneGeoJson#SOURCE_KIND}.
 *
 * <p>What a document may hold is capped: {@value #MAX_VERTICES_PER_ZONE} vertices per zone,
 * {@value #MAX_VERTICES_PER_DOCUMENT} in all, {@value #MAX_PROPERTY_CHARACTERS} characters per property
 * (name included); beyond, the feature is refused, named like any other problem. A national limit's
 * {@value NationalLimitSides#SIDE_PROPERTY} and {@value NationalLimitSides#POINT_PROPERTY} must be well
 * formed; a limit whose Vietnamese side nothing in the document gives is accepted with a warning
 * ({@link #document()}).
 *
 * <p>Not thread-safe: one instance per document.
 */
public final class ZoneImport {
    /** Most vertices of one zone (all its rings or lines). */
    public static final int MAX_VERTICES_PER_ZONE = 100_000;
    /** Most vertices of all the zones of one document. */
    public static final int MAX_VERTICES_PER_DOCUMENT = 500_000;
    /** Most characters of one property value (the name included). */
    public static final int MAX_PROPERTY_CHARACTERS = 10_000;

    private static final Map<String, ZoneKind> DEMO_CODES = Map.of(
            "port_waters_boundary", ZoneKind.PORT,
            "lane_corridor", ZoneKind.CUSTOM,
            "lane_centerline", ZoneKind.CUSTOM,
            "baseline_segment", ZoneKind.CUSTOM);

    /**
     * The one pattern of record ids in the API (docs/development.md, "API"; the operations module's
     * {@code Ids}, which sits above this module): no {@code /}, so that a zone's id can stand in its path.
     */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<Zone> zones = new ArrayList<>();
    private final List<ZoneProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<Integer> featureIndexes = new ArrayList<>();
    private final List<ZoneProblem> oldSpellings = new ArrayList<>();
    private long documentVertices;

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
                featureIndexes.add(index);
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
     * @throws IllegalArgumentException for a missing or malformed id, an unknown kind or length class, or a
     *     geometry its kind does not take
     */
    public Zone zone(int index, String id, String name, String kindCode, List<String> lengthClasses,
            Map<String, String> properties, Supplier<Geometry> geometry) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id property");
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must match " + ID.pattern());
        }
        String code = kindCode == null ? "" : kindCode;
        Map<String, String> kept = new LinkedHashMap<>();
        ZoneKind kind = ZoneKind.ofCode(code).orElse(null);
        if (kind == null) {
            kind = ZoneKind.ofLegacyCode(code).orElse(null);
            if (kind != null) {
                oldSpellings.add(new ZoneProblem(index, id, "kind '" + code + "' is the old spelling of '"
                        + kind.code() + "'; write '" + kind.code() + "'"));
            }
        }
        if (kind == null) {
            kind = Optional.ofNullable(DEMO_CODES.get(code.replace('-', '_')))
                    .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + code + "'"));
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
        checkLength("name", name);
        kept.forEach(ZoneImport::checkLength);
        if (kind == ZoneKind.NATIONAL_LIMIT) {
            NationalLimitSides.check(kept);
        }
        Geometry shape = geometry.get();
        countVertices(shape.getNumPoints());
        TopologyValidationError error = new IsValidOp(shape).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            problems.add(at == null ? new ZoneProblem(index, id, error.getMessage())
                    : new ZoneProblem(index, id, error.getMessage(), at.x, at.y));
            return null;
        }
        return new Zone(id, name == null || name.isBlank() ? id : name, kind, shape, classes, kept);
    }

    private static void checkLength(String property, String value) {
        if (value != null && value.length() > MAX_PROPERTY_CHARACTERS) {
            throw new IllegalArgumentException("property '" + property + "' is " + value.length()
                    + " characters long; at most " + MAX_PROPERTY_CHARACTERS + " are accepted");
        }
    }

    /** Counts a zone's vertices against the caps, before its geometry is validated (which costs per vertex). */
    private void countVertices(int vertices) {
        if (vertices > MAX_VERTICES_PER_ZONE) {
            throw new IllegalArgumentException(vertices + " vertices; a zone may have at most " + MAX_VERTICES_PER_ZONE);
        }
        documentVertices += vertices;
        if (documentVertices > MAX_VERTICES_PER_DOCUMENT) {
            throw new IllegalArgumentException("the document's zones pass " + MAX_VERTICES_PER_DOCUMENT
                    + " vertices in all at this one");
        }
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
        return document().zones();
    }

    /**
     * The zones of the document, in document order, with the warnings about them in feature order: each
     * kind written in its old spelling ({@link ZoneKind#ofLegacyCode}), each national limit whose
     * Vietnamese side nothing in the document gives (it will be guessed from the nearest land), or whose
     * declared side has the document's foreign waters on it.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public ZoneDocument document() throws ZoneImportException {
        if (!problems.isEmpty()) {
            throw new ZoneImportException(problems);
        }
        NationalLimitSides sides = new NationalLimitSides(zones);
        List<ZoneProblem> warnings = new ArrayList<>(oldSpellings);
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            for (String warning : sides.warnings(zone)) {
                warnings.add(new ZoneProblem(featureIndexes.get(i), zone.id(), warning));
            }
        }
        warnings.sort(Comparator.comparingInt(ZoneProblem::featureIndex));
        return new ZoneDocument(zones, warnings);
    }
}
