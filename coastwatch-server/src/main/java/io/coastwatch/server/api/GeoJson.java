package io.coastwatch.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * GeoJSON (RFC 7946) objects as maps for the JSON writer, and the choice between JSON and GeoJSON.
 * Positions are {@code [longitude, latitude]}, WGS-84. Stateless.
 */
public final class GeoJson {
    /** {@code application/geo+json} (RFC 7946, section 12). */
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/geo+json");

    private GeoJson() {
    }

    /** Whether the client asked for GeoJSON: {@code format=geojson} or an Accept header naming it. */
    public static boolean wanted(String format, String accept) {
        if (format != null) {
            return format.equalsIgnoreCase("geojson");
        }
        return accept != null && accept.contains("application/geo+json");
    }

    public static Map<String, Object> point(double longitude, double latitude) {
        return Map.of("type", "Point", "coordinates", List.of(longitude, latitude));
    }

    public static Map<String, Object> lineString(List<List<Double>> coordinates) {
        return Map.of("type", "LineString", "coordinates", coordinates);
    }

    /** A feature; {@code geometry} may be {@code null} (RFC 7946, 3.2). */
    public static Map<String, Object> feature(Object id, Map<String, Object> geometry, Object properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /** A feature collection, with foreign members (such as a total count) after the features. */
    public static Map<String, Object> featureCollection(List<?> features, Map<String, Object> foreignMembers) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.putAll(foreignMembers);
        return collection;
    }
}
