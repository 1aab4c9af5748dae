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
 * Which side of the {@link ZoneKind#NATIONAL_LIMIT} lines a position is on. Each line's Vietnamese side
 * comes from the data, as {@link NationalLimitSides} finds it (the limit's {@code vietnameseSide} or
 * {@code vietnameseSidePoint} property, else the foreign-waters zones beside it); only where the data
 * says nothing is it guessed: the side of the point of the coast nearest the line's middle (which the
 * zone import reports as a warning). A position is beyond when it lies on the other side of the segment
 * nearest to it (so a line's sides extend past its ends, as a limit drawn only where it matters is meant).
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
    private final List<VietnameseSide> sides;
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    /**
     * The limits among {@code zones}, each line's Vietnamese side from the data among {@code zones}, else
     * from {@code land}.
     *
     * @throws IllegalArgumentException when a limit whose side is guessed runs through the coast
     */
    public NationalLimits(List<Zone> zones, LandMask land) {
        NationalLimitSides fromData = new NationalLimitSides(zones);
        List<double[]> found = new ArrayList<>();
        List<VietnameseSide> lineSides = new ArrayList<>();
        for (Zone zone : zones) {
            if (zone.kind() != ZoneKind.NATIONAL_LIMIT) {
                continue;
            }
            Geometry lines = zone.geometry();
            for (int i = 0; i < lines.getNumGeometries(); i++) {
                LineString line = (LineString) lines.getGeometryN(i);
                if (line.getNumPoints() < 2) {
                    continue;
                }
                VietnameseSide side = fromData.fromData(zone, line).orElseGet(() -> nearestLandSide(line, land));
                lineSides.add(side);
                addSegments(line, side.sign(), found);
            }
        }
        this.sides = List.copyOf(lineSides);
        this.count = found.size();
        this.segments = new double[count * 5];
        for (int i = 0; i < count; i++) {
            System.arraycopy(found.get(i), 0, segments, i * 5, 5);
        }
    }

    private static VietnameseSide nearestLandSide(LineString line, LandMask land) {
        Coordinate[] points = line.getCoordinates();
        Coordinate middle = line.getInteriorPoint().getCoordinate();
        Coordinate coast = land.nearestCoastPoint(middle.y, middle.x);
        int nearest = Segments.nearest(points, coast.y, coast.x);
        double homeSide = Math.signum(Segments.side(points[nearest], points[nearest + 1], coast.y, coast.x));
        if (homeSide == 0) {
            throw new IllegalArgumentException("national limit runs through the coast at " + coast);
        }
        return new VietnameseSide((int) homeSide, VietnameseSide.Source.NEAREST_LAND);
    }

    private static void addSegments(LineString line, int homeSide, List<double[]> found) {
        Coordinate[] points = line.getCoordinates();
        for (int i = 0; i + 1 < points.length; i++) {
            found.add(new double[] {points[i].x, points[i].y, points[i + 1].x, points[i + 1].y, homeSide});
        }
    }

    /** The Vietnamese side of each limit line, in the order of the zones and their lines, and where it came from. */
    public List<VietnameseSide> sides() {
        return sides;
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
            double d = Segments.squaredDistance(segments[at], segments[at + 1], segments[at + 2], segments[at + 3], longitude,
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
}
