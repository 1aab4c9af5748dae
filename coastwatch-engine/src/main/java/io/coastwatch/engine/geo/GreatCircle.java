package io.coastwatch.engine.geo;

/**
 * Distances on the Earth taken as a sphere of the mean radius (IUGG, 6 371 008.8 m): good to about
 * 0.5 %, plenty for plausibility and display. Stateless.
 */
public final class GreatCircle {
    /** Mean Earth radius in metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    /** Metres in one international nautical mile. */
    public static final double METRES_PER_NAUTICAL_MILE = 1852.0;

    private GreatCircle() {
    }

    /** Great-circle distance in metres between two points given in degrees (haversine formula). */
    public static double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(longitude2 - longitude1) / 2);
        double a = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The point {@code metres} away from a point along the great circle of initial bearing
     * {@code bearingDegrees}: {latitude, longitude} in degrees (longitude not normalised).
     */
    public static double[] destination(double latitude, double longitude, double bearingDegrees, double metres) {
        double distance = metres / EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(distance)
                + Math.cos(phi1) * Math.sin(distance) * Math.cos(bearing));
        double deltaLambda = Math.atan2(Math.sin(bearing) * Math.sin(distance) * Math.cos(phi1),
                Math.cos(distance) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), longitude + Math.toDegrees(deltaLambda)};
    }
}
