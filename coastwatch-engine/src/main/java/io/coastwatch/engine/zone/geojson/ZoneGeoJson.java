package io.coastwatch.engine.zone.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads and writes zones as a GeoJSON FeatureCollection (RFC 7946), one Feature per zone: geometry
 * Polygon, MultiPolygon, LineString or MultiLineString in WGS-84 longitude/latitude; properties
 * {@code id} (required, unique), {@code name}, {@code kind} (a {@link ZoneKind#code()}, or one of the
 * demo data's codes: {@code port_waters_boundary} is a {@link ZoneKind#PORT}, {@code lane_corridor},
 * {@code lane_centerline} and {@code baseline_segment} are {@link ZoneKind#CUSTOM} with the original
 * code kept in the property {@value #SOURCE_KIND}), {@code lengthClasses} (for fishing zones, names
 * of {@link VesselLengthClass}); every other property is kept as text (JSON text for non-strings).
 *
 * <p>Reading is all or nothing: every feature is checked (structure, kind, coordinates in range,
 * geometry valid by JTS {@link IsValidOp}, ids unique) and any problem refuses the whole document,
 * with each problem's feature index, id, message and position. Features whose geometry is a Point
 * are refused too (a zone has an extent). Writing gives exterior rings counter-clockwise and holes
 * clockwise (RFC 7946 §3.1.6). Thread-safe.
 */
public final class ZoneGeoJson {
    /** Property that keeps a demo code mapped to another kind. */
    public static final String SOURCE_KIND = "sourceKind";

    private static final Map<String, ZoneKind> DEMO_CODES = Map.of(
            "port_waters_boundary", ZoneKind.PORT,
            "lane_corridor", ZoneKind.CUSTOM,
            "lane_centerline", ZoneKind.CUSTOM,
            "baseline_segment", ZoneKind.CUSTOM);
    private static final Set<String> RESERVED = Set.of("id", "name", "kind", "lengthClasses");

    private final ObjectMapper json = new ObjectMapper();
    private final GeometryFactory factory;

    public ZoneGeoJson(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * The zones of a FeatureCollection, in document order.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public List<Zone> read(String geoJson) throws ZoneImportException {
        JsonNode root;
        try {
            root = json.readTree(geoJson);
        } catch (JsonProcessingException e) {
            throw new ZoneImportException(List.of(new ZoneProblem(-1, null,
                    "not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr())));
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new ZoneImportException(List.of(new ZoneProblem(-1, null, "not a GeoJSON FeatureCollection")));
        }
        List<Zone> zones = new ArrayList<>();
        List<ZoneProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode features = root.get("features");
        for (int index = 0; index < features.size(); index++) {
            JsonNode properties = features.get(index).path("properties");
            String id = properties.path("id").isValueNode() ? properties.path("id").asText() : null;
            try {
                Zone zone = zone(features.get(index), id, index, problems);
                if (zone != null && !ids.add(zone.id())) {
                    problems.add(new ZoneProblem(index, id, "duplicate id"));
                }
                zones.add(zone);
            } catch (IllegalArgumentException e) {
                problems.add(new ZoneProblem(index, id, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ZoneImportException(problems);
        }
        return List.copyOf(zones);
    }

    /** A zone, or {@code null} with its geometry problem added to {@code problems}. */
    private Zone zone(JsonNode feature, String id, int index, List<ZoneProblem> problems) {
        if (!"Feature".equals(feature.path("type").asText())) {
            throw new IllegalArgumentException("not a Feature");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id property");
        }
        JsonNode properties = feature.get("properties");
        String code = properties.path("kind").asText();
        Map<String, String> kept = new LinkedHashMap<>();
        ZoneKind kind = ZoneKind.ofCode(code).or(() -> Optional.ofNullable(DEMO_CODES.get(code)))
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + code + "'"));
        if (!kind.code().equals(code)) {
            kept.put(SOURCE_KIND, code);
        }
        Set<VesselLengthClass> lengthClasses = EnumSet.noneOf(VesselLengthClass.class);
        for (JsonNode lengthClass : properties.path("lengthClasses")) {
            lengthClasses.add(VesselLengthClass.valueOf(lengthClass.asText()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!RESERVED.contains(property.getKey()) && !property.getValue().isNull()) {
                JsonNode value = property.getValue();
                kept.put(property.getKey(), value.isTextual() ? value.asText() : value.toString());
            }
        }
        Geometry geometry = geometry(feature.path("geometry"));
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            problems.add(at == null ? new ZoneProblem(index, id, error.getMessage())
                    : new ZoneProblem(index, id, error.getMessage(), at.x, at.y));
            return null;
        }
        return new Zone(id, properties.path("name").asText(id), kind, geometry, lengthClasses, kept);
    }

    private Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw new IllegalArgumentException("no geometry coordinates");
        }
        String type = geometry.path("type").asText();
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> factory.createMultiPolygon(each(coordinates, this::polygon).toArray(Polygon[]::new));
            case "LineString" -> factory.createLineString(positions(coordinates));
            case "MultiLineString" -> factory.createMultiLineString(each(coordinates,
                    line -> factory.createLineString(positions(line))).toArray(LineString[]::new));
            default -> throw new IllegalArgumentException("a " + type + " geometry cannot be a zone");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        List<LinearRing> all = each(rings, ring -> factory.createLinearRing(positions(ring)));
        return factory.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static <T> List<T> each(JsonNode array, Function<JsonNode, T> convert) {
        List<T> converted = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            converted.add(convert.apply(element));
        }
        return converted;
    }

    private static Coordinate[] positions(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new IllegalArgumentException("position " + position + " is not [longitude, latitude]");
            }
            double longitude = position.get(0).asDouble();
            double latitude = position.get(1).asDouble();
            if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
                throw new IllegalArgumentException("position " + position + " is out of range");
            }
            coordinates[i] = new Coordinate(longitude, latitude);
        }
        return coordinates;
    }

    /** The zones as a FeatureCollection. */
    public String write(List<Zone> zones) {
        ObjectNode root = json.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Zone zone : zones) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            properties.put("id", zone.id());
            properties.put("name", zone.name());
            properties.put("kind", zone.kind().code());
            if (zone.kind().isFishingZone()) {
                ArrayNode lengthClasses = properties.putArray("lengthClasses");
                zone.allowedLengthClasses().stream().sorted().forEach(c -> lengthClasses.add(c.name()));
            }
            zone.properties().forEach(properties::put);
            feature.set("geometry", geometry(zone.geometry()));
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write zones", e);
        }
    }

    private ObjectNode geometry(Geometry geometry) {
        ObjectNode node = json.createObjectNode();
        node.put("type", geometry.getGeometryType());
        ArrayNode coordinates = node.putArray("coordinates");
        switch (geometry) {
            case Polygon polygon -> rings(polygon, coordinates);
            case MultiPolygon multi -> {
                for (int i = 0; i < multi.getNumGeometries(); i++) {
                    rings((Polygon) multi.getGeometryN(i), coordinates.addArray());
                }
            }
            case LineString line -> positions(line.getCoordinates(), coordinates);
            case MultiLineString multi -> {
                for (int i = 0; i < multi.getNumGeometries(); i++) {
                    positions(multi.getGeometryN(i).getCoordinates(), coordinates.addArray());
                }
            }
            default -> throw new IllegalArgumentException("cannot write a " + geometry.getGeometryType());
        }
        return node;
    }

    private static void rings(Polygon polygon, ArrayNode rings) {
        ring(polygon.getExteriorRing().getCoordinates(), true, rings.addArray());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(polygon.getInteriorRingN(i).getCoordinates(), false, rings.addArray());
        }
    }

    private static void ring(Coordinate[] ring, boolean counterClockwise, ArrayNode positions) {
        Coordinate[] oriented = ring.clone();
        if (Orientation.isCCW(oriented) != counterClockwise) {
            Collections.reverse(Arrays.asList(oriented));
        }
        positions(oriented, positions);
    }

    private static void positions(Coordinate[] coordinates, ArrayNode positions) {
        for (Coordinate coordinate : coordinates) {
            positions.addArray().add(coordinate.x).add(coordinate.y);
        }
    }
}
