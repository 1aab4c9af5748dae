package io.coastwatch.sim.motion;

/**
 * Great-circle geometry on a sphere of the WGS-84 mean radius: distance, initial bearing, the point
 * reached from a start on a bearing, and distance to a line. Stateless.
 */
public final class Geo {
    /** WGS-84 mean radius (IUGG R1) in metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    /** One international nautical mile in metres. */
    public static final double METRES_PER_NAUTICAL_MILE = 1852.0;
    /** Metres per second in one knot. */
    public static final double METRES_PER_SECOND_PER_KNOT = METRES_PER_NAUTICAL_MILE / 3600.0;

    private Geo() {
    }

    /** Great-circle distance in metres (haversine). */
    public static double distanceMetres(LonLat a, LonLat b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Initial great-circle bearing from {@code a} to {@code b}, degrees 0 (north) to 360, clockwise. */
    public static double bearingDegrees(LonLat a, LonLat b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double dLambda = Math.toRadians(b.lon() - a.lon());
        double y = Math.sin(dLambda) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
        return normalizeDegrees(Math.toDegrees(Math.atan2(y, x)));
    }

    /** The point reached from {@code start} after {@code distanceMetres} on initial bearing {@code bearingDegrees}. */
    public static LonLat destination(LonLat start, double bearingDegrees, double distanceMetres) {
        double delta = distanceMetres / EARTH_RADIUS_METRES;
        double theta = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(start.lat());
        double lambda1 = Math.toRadians(start.lon());
        double sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
        double phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * sinPhi2);
        double lon = Math.toDegrees(lambda2);
        lon = ((lon + 540) % 360) - 180;
        return new LonLat(lon, Math.toDegrees(phi2));
    }

    /**
     * Distance in metres from {@code p} to the segment {@code a}–{@code b}, in a local equirectangular
     * projection around {@code p} (good to well under 1 % over the tens of nautical miles used here).
     */
    public static double distanceToSegmentMetres(LonLat p, LonLat a, LonLat b) {
        double k = Math.cos(Math.toRadians(p.lat()));
        double ax = (a.lon() - p.lon()) * k;
        double ay = a.lat() - p.lat();
        double bx = (b.lon() - p.lon()) * k;
        double by = b.lat() - p.lat();
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double cx = ax + t * dx;
        double cy = ay + t * dy;
        return Math.toRadians(Math.sqrt(cx * cx + cy * cy)) * EARTH_RADIUS_METRES;
    }

    /** Smallest signed difference {@code to - from} in degrees, -180 to 180. */
    public static double turnDegrees(double fromDegrees, double toDegrees) {
        double d = normalizeDegrees(toDegrees - fromDegrees);
        return d > 180 ? d - 360 : d;
    }

    /** {@code degrees} brought into [0, 360). */
    public static double normalizeDegrees(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
