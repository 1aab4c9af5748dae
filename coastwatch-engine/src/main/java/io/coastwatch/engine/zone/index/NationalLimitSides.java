package io.coastwatch.engine.zone.index;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The Vietnamese side of national-limit lines, from the data: in this order,
 * <ol>
 * <li>the limit's property {@value #SIDE_PROPERTY}: {@code left} or {@code right} of each of its lines
 *     as drawn (from the first point to the last);</li>
 * <li>the limit's property {@value #POINT_PROPERTY}: a point on the Vietnamese side, {@code [lon, lat]}
 *     (or {@code lon,lat}), judged against the segment of each line nearest to it;</li>
 * <li>the {@link ZoneKind#FOREIGN_WATERS} zones beside the line: the side they are on is not
 *     Vietnamese. Each segment is probed at its middle, a short way to either side (0.002°, then
 *     0.01°, then 0.05° for a zone drawn a little apart); the segments whose probes fall in foreign
 *     waters on one side only vote, and the line's side is the votes' when they agree.</li>
 * </ol>
 * When none of them says, there is no side from the data: {@link NationalLimits} then takes the side of
 * the nearest land, a guess that fails for a limit drawn near offshore islands (the Trường Sa), and the
 * zone import reports it ({@link #warnings}).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class NationalLimitSides {
    /** Property of a national limit: {@code left} or {@code right}, the Vietnamese side of each of its lines. */
    public static final String SIDE_PROPERTY = "vietnameseSide";
    /** Property of a national limit: a point on its Vietnamese side, {@code [lon, lat]}. */
    public static final String POINT_PROPERTY = "vietnameseSidePoint";

    /** How far to either side of a segment's middle foreign waters are looked for, nearest first. */
    private static final double[] PROBE_DEGREES = {0.002, 0.01, 0.05};

    private final List<PreparedGeometry> foreignWaters = new ArrayList<>();
    private final List<Envelope> foreignEnvelopes = new ArrayList<>();
    private final GeometryFactory factory;

    /** Sides for the limits among {@code zones}, judged against the foreign-waters zones among them. */
    public NationalLimitSides(List<Zone> zones) {
        GeometryFactory found = null;
        for (Zone zone : zones) {
            found = zone.geometry().getFactory();
            if (zone.kind() == ZoneKind.FOREIGN_WATERS && zone.isArea()) {
                foreignWaters.add(PreparedGeometryFactory.prepare(zone.geometry()));
                foreignEnvelopes.add(zone.geometry().getEnvelopeInternal());
            }
        }
        this.factory = found == null ? new GeometryFactory() : found;
    }

    /**
     * The Vietnamese side of {@code line}, one line of national limit {@code limit}, from the data;
     * empty when nothing in the data says (or the foreign waters beside it are on both sides).
     */
    public Optional<VietnameseSide> fromData(Zone limit, LineString line) {
        Optional<VietnameseSide> declared = declared(limit, line);
        if (declared.isPresent()) {
            return declared;
        }
        int sign = oppositeForeignWaters(line);
        return sign == 0 ? Optional.empty() : Optional.of(new VietnameseSide(sign, VietnameseSide.Source.FOREIGN_WATERS));
    }

    /**
     * What the zone import should tell about the sides of national limit {@code limit}: each line whose
     * side nothing in the data gives (it will be guessed from the nearest land), and each line whose
     * declared side has foreign waters on it. Empty for other kinds, and for limits the data settles.
     */
    public List<String> warnings(Zone limit) {
        List<String> warnings = new ArrayList<>();
        if (limit.kind() != ZoneKind.NATIONAL_LIMIT) {
            return warnings;
        }
        Geometry lines = limit.geometry();
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            LineString line = (LineString) lines.getGeometryN(i);
            String which = lines.getNumGeometries() == 1 ? "the line" : "line " + (i + 1);
            Optional<VietnameseSide> declared = declared(limit, line);
            int foreign = oppositeForeignWaters(line);
            if (declared.isEmpty() && foreign == 0) {
                warnings.add(which + " has no " + SIDE_PROPERTY + " (left or right) or " + POINT_PROPERTY
                        + " and no foreign-waters zone beside it: Vietnamese waters are taken to be on the side of"
                        + " the nearest land, a guess that fails near offshore islands");
            } else if (declared.isPresent() && foreign != 0 && foreign != declared.get().sign()) {
                warnings.add(which + ": the foreign-waters zone beside it lies on the side that "
                        + (declared.get().source() == VietnameseSide.Source.PROPERTY ? SIDE_PROPERTY : POINT_PROPERTY)
                        + " gives as Vietnamese");
            }
        }
        return warnings;
    }

    /**
     * Checks a national limit's side properties.
     *
     * @throws IllegalArgumentException when {@value #SIDE_PROPERTY} is not {@code left} or {@code right},
     *     or {@value #POINT_PROPERTY} is not a longitude and latitude
     */
    public static void check(Map<String, String> properties) {
        String side = properties.get(SIDE_PROPERTY);
        if (side != null) {
            sign(side);
        }
        String point = properties.get(POINT_PROPERTY);
        if (point != null) {
            point(point);
        }
    }

    private Optional<VietnameseSide> declared(Zone limit, LineString line) {
        String side = limit.properties().get(SIDE_PROPERTY);
        if (side != null) {
            return Optional.of(new VietnameseSide(sign(side), VietnameseSide.Source.PROPERTY));
        }
        String point = limit.properties().get(POINT_PROPERTY);
        if (point != null) {
            Coordinate at = point(point);
            Coordinate[] points = line.getCoordinates();
            int nearest = Segments.nearest(points, at.y, at.x);
            double pointSide = Segments.side(points[nearest], points[nearest + 1], at.y, at.x);
            if (pointSide != 0) {
                return Optional.of(new VietnameseSide((int) Math.signum(pointSide), VietnameseSide.Source.REFERENCE_POINT));
            }
        }
        return Optional.empty();
    }

    /** +1 or -1: the side opposite the foreign waters beside {@code line}; 0 when none, or on both sides. */
    private int oppositeForeignWaters(LineString line) {
        Envelope near = line.getEnvelopeInternal().copy();
        near.expandBy(PROBE_DEGREES[PROBE_DEGREES.length - 1]);
        List<PreparedGeometry> beside = new ArrayList<>();
        for (int i = 0; i < foreignWaters.size(); i++) {
            if (foreignEnvelopes.get(i).intersects(near)) {
                beside.add(foreignWaters.get(i));
            }
        }
        if (beside.isEmpty()) {
            return 0;
        }
        int foreignLeft = 0;
        int foreignRight = 0;
        Coordinate[] points = line.getCoordinates();
        for (int i = 0; i + 1 < points.length; i++) {
            int vote = foreignSide(points[i], points[i + 1], beside);
            if (vote > 0) {
                foreignLeft++;
            } else if (vote < 0) {
                foreignRight++;
            }
        }
        if (foreignLeft > 0 && foreignRight == 0) {
            return -1;
        }
        return foreignRight > 0 && foreignLeft == 0 ? 1 : 0;
    }

    /** +1 when foreign waters lie left of the segment's middle (only), -1 right (only), else 0. */
    private int foreignSide(Coordinate a, Coordinate b, List<PreparedGeometry> beside) {
        double latitude = (a.y + b.y) / 2;
        double longitude = (a.x + b.x) / 2;
        double scale = Math.cos(Math.toRadians(latitude));
        double dx = (b.x - a.x) * scale;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return 0;
        }
        // The left normal, in degrees of latitude and (scaled back) of longitude.
        double normalLongitude = -dy / length / scale;
        double normalLatitude = dx / length;
        for (double probe : PROBE_DEGREES) {
            boolean left = inAny(beside, latitude + normalLatitude * probe, longitude + normalLongitude * probe);
            boolean right = inAny(beside, latitude - normalLatitude * probe, longitude - normalLongitude * probe);
            if (left != right) {
                return left ? 1 : -1;
            }
            if (left) {
                return 0; // the segment runs inside foreign waters: no vote
            }
        }
        return 0;
    }

    private boolean inAny(List<PreparedGeometry> zones, double latitude, double longitude) {
        Geometry point = factory.createPoint(new Coordinate(longitude, latitude));
        for (PreparedGeometry zone : zones) {
            if (zone.contains(point)) {
                return true;
            }
        }
        return false;
    }

    private static int sign(String side) {
        return switch (side.strip().toLowerCase(Locale.ROOT)) {
            case "left" -> 1;
            case "right" -> -1;
            default -> throw new IllegalArgumentException(SIDE_PROPERTY + " '" + side
                    + "' is not left or right (of the line as drawn, from its first point to its last)");
        };
    }

    private static Coordinate point(String text) {
        String[] parts = text.strip().replaceAll("^\\[|\\]$", "").split(",");
        try {
            if (parts.length == 2) {
                double longitude = Double.parseDouble(parts[0].strip());
                double latitude = Double.parseDouble(parts[1].strip());
                if (Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90) {
                    return new Coordinate(longitude, latitude);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(POINT_PROPERTY + " '" + text + "' is not [longitude, latitude]");
    }
}
