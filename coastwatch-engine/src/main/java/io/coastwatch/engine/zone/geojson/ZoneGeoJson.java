package io.coastwatch.engine.zone.geojson;

import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes zones as a GeoJSON FeatureCollection (RFC 7946; a single Feature is read too),
 * one Feature per zone: geometry Polygon, MultiPolygon, LineString or MultiLineString in WGS-84
 * longitude/latitude; properties {@code id} (required, unique), {@code name}, {@code kind} (a
 * {@link ZoneKind#code()}, or one of the demo data's codes: {@code port_waters_boundary} is a
 * {@link ZoneKind#PORT}, {@code lane_corridor}, {@code lane_centerline} and {@code baseline_segment}
 * are {@link ZoneKind#CUSTOM} with the original code kept in the property {@value #SOURCE_KIND}),
 * {@code lengthClasses} (for fishing zones, names of {@link VesselLengthClass}); every other property
 * is kept as text (JSON text for non-strings).
 *
 * <p>Reading is all or nothing: every feature is checked (structure, kind, coordinates in range,
 * geometry valid by JTS {@link IsValidOp}, ids unique: the checks of {@link ZoneImport}) and any
 * problem refuses the whole document, with each problem's feature index, id, message and position.
 * Features whose geometry is a Point are refused too (a zone has an extent), and so is a feature past
 * the import's caps (vertices, property length: {@link ZoneImport}). Writing gives exterior rings
 * counter-clockwise and holes clockwise (RFC 7946 §3.1.6). Thread-safe.
 */
public final class ZoneGeoJson {
    /** Property that keeps a demo code mapped to another kind. */
    public static final String SOURCE_KIND = "sourceKind";

    private static final Set<String> RESERVED = Set.of("id", "name", "kind", "lengthClasses");

    /**
     * Strings as long as the document itself parse, so that an over-long property is refused by the
     * import's cap with its feature named rather than by the parser with none.
     */
    private final ObjectMapper json = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build()).build();
    private final GeometryFactory factory;

    public ZoneGeoJson(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * The zones of a FeatureCollection, or of a single Feature, in document order.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public List<Zone> read(String geoJson) throws ZoneImportException {
        return readDocument(geoJson).zones();
    }

    /**
     * The zones of a FeatureCollection, or of a single Feature, in document order, with the import's
     * warnings about them.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public ZoneDocument readDocument(String geoJson) throws ZoneImportException {
        JsonNode root;
        try {
            root = json.readTree(geoJson);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw ZoneImportException.ofDocument("not JSON: " + e.getOriginalMessage()
                    + (at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr()));
        }
        String type = root == null ? "" : root.path("type").asString("");
        JsonNode features;
        if ("Feature".equals(type)) {
            features = json.createArrayNode().add(root);
        } else if ("FeatureCollection".equals(type) && root.path("features").isArray()) {
            features = root.get("features");
        } else {
            throw ZoneImportException.ofDocument("not a GeoJSON FeatureCollection or Feature");
        }
        ZoneImport zones = new ZoneImport();
        for (int index = 0; index < features.size(); index++) {
            JsonNode feature = features.get(index);
            JsonNode properties = feature.path("properties");
            String id = properties.path("id").isValueNode() ? properties.path("id").asString() : null;
            int featureIndex = index;
            zones.add(index, id, () -> zone(zones, featureIndex, feature, id));
        }
        return zones.document();
    }

    /** A zone, or {@code null} when its geometry is invalid (reported to {@code zones}). */
    private Zone zone(ZoneImport zones, int index, JsonNode feature, String id) {
        if (!"Feature".equals(feature.path("type").asString(""))) {
            throw new IllegalArgumentException("not a Feature");
        }
        JsonNode properties = feature.path("properties");
        List<String> lengthClasses = new ArrayList<>();
        properties.path("lengthClasses").forEach(lengthClass -> lengthClasses.add(lengthClass.asString("")));
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (!RESERVED.contains(property.getKey()) && !property.getValue().isNull()) {
                JsonNode value = property.getValue();
                kept.put(property.getKey(), value.isString() ? value.asString() : value.toString());
            }
        }
        JsonNode name = properties.path("name");
        return zones.zone(index, id, name.isValueNode() ? name.asString() : null, properties.path("kind").asString(""),
                lengthClasses, kept, () -> geometry(feature.path("geometry")));
    }

    private Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw new IllegalArgumentException("no geometry coordinates");
        }
        String type = geometry.path("type").asString("");
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
            coordinates[i] = ZoneImport.position(position.get(0).asDouble(), position.get(1).asDouble(),
                    position.toString());
        }
        return coordinates;
    }

    /** The zones as a FeatureCollection. */
    public String write(List<Zone> zones) {
        ObjectNode root = json.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        zones.forEach(zone -> features.add(feature(zone)));
        return text(root);
    }

    /** One zone as a Feature, as {@link #write} writes it in a collection. */
    public String writeFeature(Zone zone) {
        return text(feature(zone));
    }

    private ObjectNode feature(Zone zone) {
        ObjectNode feature = json.createObjectNode();
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
        return feature;
    }

    private String text(ObjectNode node) {
        return json.writeValueAsString(node);
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
