package io.coastwatch.engine.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons of a GeoJSON document (RFC 7946): every {@code Polygon} and
 * {@code MultiPolygon} geometry, found by their {@code "coordinates"} members, joined in one
 * geometry. Only what the engine's bundled data needs: other geometry types are refused, properties
 * are ignored. Stateless.
 */
public final class GeoJsonPolygons {
    private static final String COORDINATES = "\"coordinates\"";

    private GeoJsonPolygons() {
    }

    /**
     * The polygons of {@code geoJson} as one geometry (a MultiPolygon, or a GeometryCollection when
     * empty), longitude as x and latitude as y.
     *
     * @throws IllegalArgumentException when the text is not such a document
     */
    public static Geometry read(String geoJson, GeometryFactory factory) {
        List<Polygon> polygons = new ArrayList<>();
        int at = geoJson.indexOf(COORDINATES);
        while (at >= 0) {
            Cursor cursor = new Cursor(geoJson, geoJson.indexOf('[', at));
            Object coordinates = cursor.value();
            switch (depth(coordinates)) {
                case 3 -> polygons.add(polygon(coordinates, factory));
                case 4 -> {
                    for (Object polygon : (List<?>) coordinates) {
                        polygons.add(polygon(polygon, factory));
                    }
                }
                default -> throw new IllegalArgumentException("coordinates at " + at + " are not of a polygon");
            }
            at = geoJson.indexOf(COORDINATES, cursor.position);
        }
        return factory.buildGeometry(polygons);
    }

    private static int depth(Object value) {
        int depth = 0;
        while (value instanceof List<?> list && !list.isEmpty()) {
            depth++;
            value = list.get(0);
        }
        return depth;
    }

    private static Polygon polygon(Object rings, GeometryFactory factory) {
        List<?> ringList = (List<?>) rings;
        LinearRing shell = ring(ringList.get(0), factory);
        LinearRing[] holes = new LinearRing[ringList.size() - 1];
        for (int i = 1; i < ringList.size(); i++) {
            holes[i - 1] = ring(ringList.get(i), factory);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(Object positions, GeometryFactory factory) {
        List<?> positionList = (List<?>) positions;
        Coordinate[] coordinates = new Coordinate[positionList.size()];
        for (int i = 0; i < coordinates.length; i++) {
            List<?> position = (List<?>) positionList.get(i);
            coordinates[i] = new Coordinate((Double) position.get(0), (Double) position.get(1));
        }
        return factory.createLinearRing(coordinates);
    }

    /** Reads nested arrays of numbers. */
    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text, int position) {
            if (position < 0) {
                throw new IllegalArgumentException("\"coordinates\" without an array");
            }
            this.text = text;
            this.position = position;
        }

        Object value() {
            skipSpace();
            if (position >= text.length()) {
                throw new IllegalArgumentException("GeoJSON ends inside coordinates");
            }
            return text.charAt(position) == '[' ? array() : number();
        }

        private List<Object> array() {
            position++;
            List<Object> values = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                position++;
                return values;
            }
            while (true) {
                values.add(value());
                skipSpace();
                char next = peek();
                position++;
                if (next == ']') {
                    return values;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("expected ',' or ']' at " + (position - 1));
                }
            }
        }

        private Double number() {
            int start = position;
            while (position < text.length() && "+-.0123456789eE".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            try {
                return Double.valueOf(text.substring(start, position));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a number at " + start, e);
            }
        }

        private char peek() {
            if (position >= text.length()) {
                throw new IllegalArgumentException("GeoJSON ends inside coordinates");
            }
            return text.charAt(position);
        }

        private void skipSpace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }
    }
}
