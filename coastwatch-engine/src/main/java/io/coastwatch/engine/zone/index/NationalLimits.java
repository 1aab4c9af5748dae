package io.coastwatch.engine.zone.index;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Which side of the {@link ZoneKind#NATIONAL_LIMIT} lines a position is on. Vietnamese waters are the
 * side the coast is on: for each line, the side of the point of the coast nearest the line's middle.
 * A position is beyond when it lies on the other side of the segment nearest to it (so a line's sides
 * extend past its ends, as a limit drawn only where it matters is meant).
 *
 * <p>It measures the distance too ({@link #signedMetres}), in the same pass. Distances are compared
 * in an equirectangular frame scaled at each position's latitude; every
 * segment is looked at (limits are lines of a few hundred points at most: a query costs a microsecond
 * or so per hundred segments). Immutable and thread-safe.
 */
public final class NationalLimits {
    /** Per segment: x1, y1, x2, y2 (longitude, latitude degrees), and the home side (+1 left, -1 right). */
    private final double[] segments;
    private final int count;
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    /** The limits among {@code zones}, with their home side found from {@code land}. */
    public NationalLimits(List<Zone> zones, LandMask land) {
        List<double[]> found = new ArrayList<>();
        for (Zone zone : zones) {
            if (zone.kind() != ZoneKind.NATIONAL_LIMIT) {
                continue;
            }
            Geometry lines = zone.geometry();
            for (int i = 0; i < lines.getNumGeometries(); i++) {
                addLine((LineString) lines.getGeometryN(i), land, found);
            }
        }
        this.count = found.size();
        this.segments = new double[count * 5];
        for (int i = 0; i < count; i++) {
            System.arraycopy(found.get(i), 0, segments, i * 5, 5);
        }
    }

    private static void addLine(LineString line, LandMask land, List<double[]> found) {
        Coordinate[] points = line.getCoordinates();
        if (points.length < 2) {
            return;
        }
        Coordinate middle = line.getInteriorPoint().getCoordinate();
        Coordinate coast = land.nearestCoastPoint(middle.y, middle.x);
        int nearest = nearestSegment(points, coast.y, coast.x);
        double homeSide = Math.signum(side(points[nearest], points[nearest + 1], coast.y, coast.x));
        if (homeSide == 0) {
            throw new IllegalArgumentException("national limit runs through the coast at " + coast);
        }
        for (int i = 0; i + 1 < points.length; i++) {
            found.add(new double[] {points[i].x, points[i].y, points[i + 1].x, points[i + 1].y, homeSide});
        }
    }

    private static int nearestSegment(Coordinate[] points, double latitude, double longitude) {
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

    /** Whether there is no national limit. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** Whether the position lies beyond the nearest national limit (outside Vietnamese waters). */
    public boolean isBeyond(double latitude, double longitude) {
        return signedMetres(latitude, longitude) > 0;
    }

    /**
     * Distance in metres from the position to the nearest national limit, positive beyond it and
     * negative (or zero) inside; NaN when there is no limit or the position is not known. Measured in
     * the equirectangular frame of the position's latitude: within a fraction of a percent of the
     * great-circle distance up to a hundred miles or so, which is where the limit matters.
     */
    public double signedMetres(double latitude, double longitude) {
        if (count == 0 || Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return Double.NaN;
        }
        double scale = Math.cos(Math.toRadians(latitude));
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            int at = i * 5;
            double d = squaredDistance(segments[at], segments[at + 1], segments[at + 2], segments[at + 3], longitude,
                    latitude, scale);
            if (d < bestDistance) {
                bestDistance = d;
                best = at;
            }
        }
        double x1 = segments[best];
        double y1 = segments[best + 1];
        double x2 = segments[best + 2];
        double y2 = segments[best + 3];
        double side = (x2 - x1) * (latitude - y1) - (y2 - y1) * (longitude - x1);
        double metres = Math.sqrt(bestDistance) * METRES_PER_DEGREE;
        return side != 0 && Math.signum(side) != segments[best + 4] ? metres : -metres;
    }

    private static double side(Coordinate a, Coordinate b, double latitude, double longitude) {
        return (b.x - a.x) * (latitude - a.y) - (b.y - a.y) * (longitude - a.x);
    }

    private static double squaredDistance(double x1, double y1, double x2, double y2, double x, double y,
            double scale) {
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
