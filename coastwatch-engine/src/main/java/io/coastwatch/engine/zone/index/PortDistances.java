package io.coastwatch.engine.zone.index;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Distance from a position to the nearest {@link ZoneKind#PORT} or {@link ZoneKind#ANCHORAGE} zone
 * (zero inside an area zone), as the rules' "at sea" and "far from port" ask it for every fix. Cheap
 * test first: a lower bound of the distance from the zone's envelope skips every zone that cannot
 * be nearer than the best found (or than the caller's limit); then the exact test on indexes of the
 * zone (point in area, nearest point of its edges in degree space, then the great-circle distance to
 * that point: within the data's accuracy at low latitudes).
 *
 * <p>Immutable and thread-safe once built (the JTS indexes are built by the constructor).
 */
public final class PortDistances {
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);
    /** Shrinks the envelope bound a little so that it stays below the great-circle distance. */
    private static final double BOUND_FACTOR = 0.99;

    private final GeometryFactory factory = new GeometryFactory();
    private final List<Envelope> envelopes = new ArrayList<>();
    /** Per zone, the cosine of the latitude of its envelope furthest from the equator. */
    private final double[] envelopeCosines;
    private final List<IndexedPointInAreaLocator> areas = new ArrayList<>();
    private final List<IndexedFacetDistance> edges = new ArrayList<>();

    /** Indexes the port and anchorage zones among {@code zones} (other kinds are ignored). */
    public PortDistances(List<Zone> zones) {
        for (Zone zone : zones) {
            if (zone.kind() != ZoneKind.PORT && zone.kind() != ZoneKind.ANCHORAGE) {
                continue;
            }
            Envelope envelope = zone.geometry().getEnvelopeInternal();
            envelopes.add(envelope);
            IndexedPointInAreaLocator locator = zone.isArea() ? new IndexedPointInAreaLocator(zone.geometry()) : null;
            if (locator != null) {
                locator.locate(zone.geometry().getCoordinate());
            }
            areas.add(locator);
            IndexedFacetDistance facets = new IndexedFacetDistance(zone.geometry());
            facets.distance(factory.createPoint(zone.geometry().getCoordinate()));
            edges.add(facets);
        }
        envelopeCosines = new double[envelopes.size()];
        for (int i = 0; i < envelopeCosines.length; i++) {
            Envelope envelope = envelopes.get(i);
            envelopeCosines[i] = Math.cos(Math.toRadians(Math.min(89, Math.max(Math.abs(envelope.getMinY()),
                    Math.abs(envelope.getMaxY())))));
        }
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
            best = Math.min(best, exactMetres(i, latitude, longitude));
        }
        return best <= limitMetres ? best : Double.POSITIVE_INFINITY;
    }

    private double exactMetres(int zone, double latitude, double longitude) {
        Coordinate position = new Coordinate(longitude, latitude);
        IndexedPointInAreaLocator area = areas.get(zone);
        if (area != null && area.locate(position) != Location.EXTERIOR) {
            return 0;
        }
        Coordinate[] nearest = edges.get(zone).nearestPoints(factory.createPoint(position));
        double metres = 0;
        for (Coordinate point : nearest) {
            metres = Math.max(metres, GreatCircle.distanceMetres(latitude, longitude, point.y, point.x));
        }
        return metres;
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
