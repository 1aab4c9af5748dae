package io.coastwatch.sim.scenario;

import io.coastwatch.sim.motion.Coast;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.Polygon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo area (former Ninh Thuận): zones and protected areas by id, fishing ports, anchorages,
 * Border Guard stations, the lane centreline and the Natural Earth 1:10m land, read once from the
 * GeoJSON files shipped in this module (its {@code README.md} says where each comes from and what is
 * approximate). Immutable, thread-safe.
 */
public final class Area {
    private static final String DEMO = "/io/coastwatch/sim/ninh-thuan-demo.geojson";
    private static final String LAND = "/io/coastwatch/sim/ninh-thuan-land-ne10m.geojson";

    private final Map<String, Polygon> zones = new LinkedHashMap<>();
    private final Map<String, LonLat> ports = new LinkedHashMap<>();
    private final Map<String, LonLat> stations = new LinkedHashMap<>();
    private final Map<String, LonLat> landmarks = new LinkedHashMap<>();
    private final List<LonLat> lane = new ArrayList<>();
    private final Coast land;

    private Area(JsonNode demo, JsonNode landFeatures) {
        for (JsonNode feature : demo.get("features")) {
            JsonNode properties = feature.get("properties");
            String id = properties.path("id").asString();
            String layer = properties.path("layer").asString();
            JsonNode geometry = feature.get("geometry");
            switch (geometry.get("type").asString()) {
                case "Polygon" -> zones.put(id, polygon(geometry.get("coordinates")));
                case "Point" -> {
                    LonLat point = point(geometry.get("coordinates"));
                    switch (layer) {
                        case "port" -> ports.put(id, point);
                        case "border_station" -> stations.put(id, point);
                        default -> landmarks.put(id, point);
                    }
                }
                case "LineString" -> {
                    if (id.equals("LANE-NS")) {
                        for (JsonNode c : geometry.get("coordinates")) {
                            lane.add(point(c));
                        }
                    }
                }
                default -> {
                    // other geometry types carry nothing the simulator uses
                }
            }
        }
        List<Polygon> landPolygons = new ArrayList<>();
        for (JsonNode feature : landFeatures.get("features")) {
            JsonNode geometry = feature.get("geometry");
            if (geometry.get("type").asString().equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.get("coordinates")) {
                    landPolygons.add(polygon(polygon));
                }
            } else {
                landPolygons.add(polygon(geometry.get("coordinates")));
            }
        }
        land = new Coast(landPolygons);
    }

    /** Reads the demo area from this module's resources. */
    public static Area demo() {
        return new Area(read(DEMO), read(LAND));
    }

    /**
     * A zone or protected area by id ({@code FZ-VB}, {@code MPA-NUICHUA}, {@code NT-AOR} …).
     *
     * @throws IllegalArgumentException when there is none
     */
    public Polygon zone(String id) {
        return require(zones, id, "zone");
    }

    /** A fishing port by id ({@code PORT-CANA} …). */
    public LonLat port(String id) {
        return require(ports, id, "port");
    }

    /** Fishing ports by id, in file order. */
    public Map<String, LonLat> ports() {
        return Collections.unmodifiableMap(ports);
    }

    /** Border Guard stations by id, in file order. */
    public Map<String, LonLat> stations() {
        return Collections.unmodifiableMap(stations);
    }

    /** The protected areas (zones whose id starts with {@code MPA-}), by id. */
    public Map<String, Polygon> protectedAreas() {
        Map<String, Polygon> found = new LinkedHashMap<>();
        zones.forEach((id, zone) -> {
            if (id.startsWith("MPA-")) {
                found.put(id, zone);
            }
        });
        return found;
    }

    /** Landmarks and anchorages by id. */
    public Map<String, LonLat> landmarks() {
        return Collections.unmodifiableMap(landmarks);
    }

    /** The coastal lane's centreline, south-west to north-east. */
    public List<LonLat> lane() {
        return Collections.unmodifiableList(lane);
    }

    public Coast land() {
        return land;
    }

    private static <T> T require(Map<String, T> map, String id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no " + what + " " + id + " in the demo area (known: " + map.keySet() + ")");
        }
        return value;
    }

    private static Polygon polygon(JsonNode rings) {
        List<List<LonLat>> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<LonLat> points = new ArrayList<>(ring.size());
            for (JsonNode c : ring) {
                points.add(point(c));
            }
            out.add(points);
        }
        return new Polygon(out);
    }

    private static LonLat point(JsonNode c) {
        return new LonLat(c.get(0).doubleValue(), c.get(1).doubleValue());
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Area.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
