package io.coastwatch.engine.zone.index;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;

/**
 * Distance from a position to the nearest {@link ZoneKind#PORT} or {@link ZoneKind#ANCHORAGE} zone
 * (zero inside an area zone), as the rules' "at sea" and "far from port" ask it for every fix. Cheap
 * test first: a lower bound of the distance from the zone's envelope skips every zone that cannot
 * be nearer than the best found (or than the caller's limit); then the exact test: point in area on
 * an index, then the nearest of the zone's edges in an equirectangular frame at the position's
 * latitude (port zones are small: within a fraction of a percent of the great-circle distance over
 * the few kilometres that matter; every edge of the zone is looked at, so zones of a few hundred
 * vertices at most).
 *
 * <p>Immutable and thread-safe once built (the indexes are built by the constructor).
 */
public final class PortDistances {
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);
    /** Shrinks the envelope bound a little so that it stays below the great-circle distance. */
    private static final double BOUND_FACTOR = 0.99;

    private final List<Envelope> envelopes = new ArrayList<>();
    /** Per zone, the cosine of the latitude of its envelope furthest from the equator. */
    private final double[] envelopeCosines;
    private final List<IndexedPointInAreaLocator> areas = new ArrayList<>();
    /** Per zone, its edges: x1, y1, x2, y2 in turn (longitude, latitude degrees). */
    private final List<double[]> edges = new ArrayList<>();

    /** Indexes the port and anchorage zones among {@code zones} (other kinds are ignored). */
    public PortDistances(List<Zone> zones) {
        for (Zone zone : zones) {
            if (zone.kind() != ZoneKind.PORT && zone.kind() != ZoneKind.ANCHORAGE) {
                continue;
            }
            envelopes.add(zone.geometry().getEnvelopeInternal());
            IndexedPointInAreaLocator locator = zone.isArea() ? new IndexedPointInAreaLocator(zone.geometry()) : null;
            if (locator != null) {
                locator.locate(zone.geometry().getCoordinate());
            }
            areas.add(locator);
            edges.add(edgesOf(zone.geometry()));
        }
        envelopeCosines = new double[envelopes.size()];
        for (int i = 0; i < envelopeCosines.length; i++) {
            Envelope envelope = envelopes.get(i);
            envelopeCosines[i] = Math.cos(Math.toRadians(Math.min(89, Math.max(Math.abs(envelope.getMinY()),
                    Math.abs(envelope.getMaxY())))));
        }
    }

    private static double[] edgesOf(Geometry geometry) {
        List<double[]> lines = new ArrayList<>();
        geometry.apply((GeometryComponentFilter) component -> {
            if (component instanceof LineString line) {
                Coordinate[] points = line.getCoordinates();
                for (int i = 0; i + 1 < points.length; i++) {
                    lines.add(new double[] {points[i].x, points[i].y, points[i + 1].x, points[i + 1].y});
                }
            }
        });
        double[] flat = new double[lines.size() * 4];
        for (int i = 0; i < lines.size(); i++) {
            System.arraycopy(lines.get(i), 0, flat, i * 4, 4);
        }
        return flat;
    }

    /** Whether there is no port or anchorage zone at all. */
    public boolean isEmpty() {
        return envelopes.isEmpty();
    }

    /** Distance in metres to the nearest port or anchorage zone; infinite when there is none. */
    public double metres(double latitude, double longitude) {
        return metres(latitude, longitude, Double.POSITIVE_INFINITY);
    }

    /**
     * Distance in metres to the nearest port or anchorage zone when it is at most {@code limitMetres},
     * else infinite: the limit lets far positions skip the exact test.
     */
    public double metres(double latitude, double longitude, double limitMetres) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        double limitSquared = limitMetres * limitMetres;
        double cosine = Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude))));
        for (int i = 0; i < envelopes.size(); i++) {
            double boundSquared = lowerBoundSquaredMetres(envelopes.get(i), Math.min(cosine, envelopeCosines[i]),
                    latitude, longitude);
            if (boundSquared > limitSquared || boundSquared >= best * best) {
                continue;
            }
            best = Math.min(best, exactMetres(i, cosine, latitude, longitude));
        }
        return best <= limitMetres ? best : Double.POSITIVE_INFINITY;
    }

    private double exactMetres(int zone, double cosine, double latitude, double longitude) {
        IndexedPointInAreaLocator area = areas.get(zone);
        if (area != null && envelopes.get(zone).contains(longitude, latitude)
                && area.locate(new Coordinate(longitude, latitude)) != Location.EXTERIOR) {
            return 0;
        }
        double[] zoneEdges = edges.get(zone);
        double px = longitude * cosine;
        double bestSquared = Double.POSITIVE_INFINITY;
        for (int i = 0; i < zoneEdges.length; i += 4) {
            double ax = zoneEdges[i] * cosine;
            double ay = zoneEdges[i + 1];
            double dx = zoneEdges[i + 2] * cosine - ax;
            double dy = zoneEdges[i + 3] - ay;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0
                    : Math.max(0, Math.min(1, ((px - ax) * dx + (latitude - ay) * dy) / lengthSquared));
            double ex = ax + t * dx - px;
            double ey = ay + t * dy - latitude;
            bestSquared = Math.min(bestSquared, ex * ex + ey * ey);
        }
        return Math.sqrt(bestSquared) * METRES_PER_DEGREE;
    }

    /** The square of a lower bound of the distance from the position to anything in the envelope. */
    private static double lowerBoundSquaredMetres(Envelope envelope, double widestCosine, double latitude,
            double longitude) {
        double eastWestDegrees = Math.max(0, Math.max(envelope.getMinX() - longitude, longitude - envelope.getMaxX()));
        double northSouthDegrees = Math.max(0, Math.max(envelope.getMinY() - latitude, latitude - envelope.getMaxY()));
        if (eastWestDegrees == 0 && northSouthDegrees == 0) {
            return 0;
        }
        double eastWestMetres = eastWestDegrees * METRES_PER_DEGREE * widestCosine;
        double northSouthMetres = northSouthDegrees * METRES_PER_DEGREE;
        return BOUND_FACTOR * BOUND_FACTOR * (eastWestMetres * eastWestMetres + northSouthMetres * northSouthMetres);
    }
}
