package io.coastwatch.engine.zone.index;

import org.locationtech.jts.geom.Coordinate;

/**
 * Plane geometry of line segments in longitude / latitude degrees, in an equirectangular frame scaled
 * at the latitude of the position asked about: which segment is nearest, and which side a position is on.
 */
final class Segments {
    private Segments() {
    }

    /** Index of the segment {@code points[i], points[i + 1]} nearest to the position. */
    static int nearest(Coordinate[] points, double latitude, double longitude) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        double scale = Math.cos(Math.toRadians(latitude));
        for (int i = 0; i + 1 < points.length; i++) {
            double d = squaredDistance(points[i].x, points[i].y, points[i + 1].x, points[i + 1].y, longitude, latitude,
                    scale);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Positive when the position is left of the segment from {@code a} to {@code b}, negative right, 0 on its line. */
    static double side(Coordinate a, Coordinate b, double latitude, double longitude) {
        return (b.x - a.x) * (latitude - a.y) - (b.y - a.y) * (longitude - a.x);
    }

    /**
     * Squared distance, in degrees of latitude, from {@code (x, y)} to the segment {@code (x1, y1)-(x2, y2)}
     * with longitudes scaled by {@code scale} (the cosine of the latitude).
     */
    static double squaredDistance(double x1, double y1, double x2, double y2, double x, double y, double scale) {
        double ax = x1 * scale;
        double bx = x2 * scale;
        double px = x * scale;
        double dx = bx - ax;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (y - y1) * dy) / lengthSquared));
        double ex = ax + t * dx - px;
        double ey = y1 + t * dy - y;
        return ex * ex + ey * ey;
    }
}
