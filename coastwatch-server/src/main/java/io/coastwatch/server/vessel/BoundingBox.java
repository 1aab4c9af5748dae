package io.coastwatch.server.vessel;

/**
 * A longitude/latitude box, as RFC 7946 writes it: west, south, east, north in degrees. A box whose
 * west edge is east of its east edge crosses the antimeridian. Immutable.
 */
public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

    public BoundingBox {
        if (!(minLatitude >= -90 && maxLatitude <= 90 && minLatitude <= maxLatitude)) {
            throw new IllegalArgumentException("bbox latitudes must satisfy -90 <= minLat <= maxLat <= 90");
        }
        if (!(minLongitude >= -180 && minLongitude <= 180 && maxLongitude >= -180 && maxLongitude <= 180)) {
            throw new IllegalArgumentException("bbox longitudes must lie in [-180, 180]");
        }
    }

    /** Parses {@code minLon,minLat,maxLon,maxLat}. */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat; got '" + text + "'");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox must be four numbers minLon,minLat,maxLon,maxLat; got '" + text + "'");
            }
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    public boolean contains(double longitude, double latitude) {
        if (!(latitude >= minLatitude && latitude <= maxLatitude)) {
            return false;
        }
        return minLongitude <= maxLongitude
                ? longitude >= minLongitude && longitude <= maxLongitude
                : longitude >= minLongitude || longitude <= maxLongitude;
    }
}
