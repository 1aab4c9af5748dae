package io.coastwatch.engine.zone.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class BaselineZonesTest {
    private static final double NAUTICAL_MILE_METRES = 1852;
    /** 1982 baseline points A6 (Hòn Hải) and A7 (Hòn Đôi), 161.9 nm apart. */
    private static final Coordinate A6 = new Coordinate(109 + 5.0 / 60, 9 + 58.0 / 60);
    private static final Coordinate A7 = new Coordinate(109 + 28.0 / 60, 12 + 39.0 / 60);

    private final GeometryFactory factory = new GeometryFactory();
    private final BaselineZones baselineZones = new BaselineZones(factory);

    @Test
    void bufferOfAPointIsAGeodesicCircleOnWgs84() {
        for (double nauticalMiles : new double[] {12, 24, 200}) {
            double metres = nauticalMiles * NAUTICAL_MILE_METRES;
            Geometry circle = baselineZones.buffer(List.of(A6), metres);
            double worst = 0;
            for (Coordinate vertex : ((Polygon) circle).getExteriorRing().getCoordinates()) {
                double error = Math.abs(Vincenty.distanceMetres(A6.y, A6.x, vertex.y, vertex.x) - metres) / metres;
                worst = Math.max(worst, error);
            }
            System.out.printf("point buffer %.0f nm: worst relative error %.5f%%%n", nauticalMiles, worst * 100);
            assertTrue(worst < 0.0005, nauticalMiles + " nm: " + worst);
        }
    }

    @Test
    void bufferOfTheA6A7SegmentLiesAtItsDistanceFromTheBaseline() {
        for (double nauticalMiles : new double[] {12, 200}) {
            double metres = nauticalMiles * NAUTICAL_MILE_METRES;
            Geometry buffer = baselineZones.buffer(List.of(A6, A7), metres);
            Coordinate[] ring = ((Polygon) buffer).getExteriorRing().getCoordinates();
            Coordinate[] baseline = greatCircle(A6, A7, 2_000);
            double worst = 0;
            for (int v = 0; v < ring.length; v += 7) {
                double nearest = Double.MAX_VALUE;
                for (Coordinate point : baseline) {
                    nearest = Math.min(nearest, Vincenty.distanceMetres(ring[v].y, ring[v].x, point.y, point.x));
                }
                worst = Math.max(worst, Math.abs(nearest - metres) / metres);
            }
            System.out.printf("A6-A7 buffer %.0f nm: worst relative error %.5f%%%n", nauticalMiles, worst * 100);
            assertTrue(worst < 0.001, nauticalMiles + " nm: " + worst);
        }
    }

    @Test
    void maritimeZonesNestAroundTheBaseline() {
        List<Zone> zones = baselineZones.maritimeZones("VN", List.of(A6, A7));
        assertEquals(List.of(ZoneKind.TERRITORIAL_SEA, ZoneKind.CONTIGUOUS_ZONE, ZoneKind.EXCLUSIVE_ECONOMIC_ZONE,
                ZoneKind.NATIONAL_LIMIT), zones.stream().map(Zone::kind).toList());
        Geometry territorial = zones.get(0).geometry();
        Geometry contiguous = zones.get(1).geometry();
        Geometry exclusive = zones.get(2).geometry();
        assertTrue(territorial.isValid() && contiguous.isValid() && exclusive.isValid());
        assertTrue(territorial.contains(factory.createLineString(new Coordinate[] {A6, A7})));
        assertTrue(territorial.intersection(contiguous).getArea() < 1e-9);
        assertTrue(exclusive.covers(contiguous));
        assertEquals(territorial.getBoundary().getLength(), zones.get(3).geometry().getLength(), 1e-9);
        // A point 18 nm east of the baseline's midpoint is in the contiguous zone, 30 nm east in the EEZ only.
        Coordinate middle = greatCircle(A6, A7, 2)[1];
        double degreesPerNauticalMile = 1 / (60 * Math.cos(Math.toRadians(middle.y)));
        assertTrue(contiguous.contains(factory.createPoint(new Coordinate(middle.x + 18 * degreesPerNauticalMile, middle.y))));
        assertTrue(exclusive.contains(factory.createPoint(new Coordinate(middle.x + 30 * degreesPerNauticalMile, middle.y))));
        assertTrue(!contiguous.contains(factory.createPoint(new Coordinate(middle.x + 30 * degreesPerNauticalMile, middle.y))));
    }

    /** Points on the great circle from {@code from} to {@code to}, both included. */
    private static Coordinate[] greatCircle(Coordinate from, Coordinate to, int steps) {
        double[] a = unit(from);
        double[] b = unit(to);
        double omega = Math.acos(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
        Coordinate[] points = new Coordinate[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double wa = Math.sin((1 - t) * omega) / Math.sin(omega);
            double wb = Math.sin(t * omega) / Math.sin(omega);
            double x = wa * a[0] + wb * b[0];
            double y = wa * a[1] + wb * b[1];
            double z = wa * a[2] + wb * b[2];
            points[i] = new Coordinate(Math.toDegrees(Math.atan2(y, x)), Math.toDegrees(Math.atan2(z, Math.hypot(x, y))));
        }
        return points;
    }

    private static double[] unit(Coordinate lonLat) {
        double phi = Math.toRadians(lonLat.y);
        double lambda = Math.toRadians(lonLat.x);
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }
}
