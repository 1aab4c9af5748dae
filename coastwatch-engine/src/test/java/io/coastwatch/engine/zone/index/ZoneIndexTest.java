package io.coastwatch.engine.zone.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.baseline.BaselineZones;
import io.coastwatch.engine.zone.geojson.DemoZones;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class ZoneIndexTest {
    private static final Coordinate A6 = new Coordinate(109 + 5.0 / 60, 9 + 58.0 / 60);
    private static final Coordinate A7 = new Coordinate(109 + 28.0 / 60, 12 + 39.0 / 60);
    private static final int POINTS = 100_000;

    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void answersExactlyLikeJtsContainsIncludingNearEdgesAndAmongAreasOnly() {
        long seed = Long.getLong("coastwatch.zone.seed", System.nanoTime());
        System.out.println("ZoneIndexTest seed " + seed + " (rerun with -Dcoastwatch.zone.seed=" + seed + ")");
        Random random = new Random(seed);
        List<Zone> zones = zones(random);
        ZoneIndex index = new ZoneIndex(zones);
        PreparedGeometry[] plain = zones.stream().map(z -> PreparedGeometryFactory.prepare(z.geometry()))
                .toArray(PreparedGeometry[]::new);
        int[] found = new int[zones.size()];
        int[] expected = new int[zones.size()];
        int inSomeZone = 0;
        for (int p = 0; p < POINTS; p++) {
            Coordinate point = point(random, zones, index.cellDegrees());
            int count = index.containing(point.y, point.x, found);
            int expectedCount = 0;
            for (int z = 0; z < plain.length; z++) {
                if (plain[z].contains(factory.createPoint(point))) {
                    expected[expectedCount++] = z;
                }
            }
            inSomeZone += expectedCount > 0 ? 1 : 0;
            assertArrayEquals(Arrays.copyOf(expected, expectedCount), Arrays.copyOf(found, count),
                    "seed " + seed + ", point " + point);
            int[] expectedAreas = Arrays.stream(expected, 0, expectedCount).filter(z -> zones.get(z).isArea()).toArray();
            int areas = index.containingAreas(point.y, point.x, found);
            assertArrayEquals(expectedAreas, Arrays.copyOf(found, areas), "areas only: seed " + seed + ", point " + point);
        }
        assertTrue(inSomeZone > POINTS / 4, "too few points inside zones: " + inSomeZone);
    }

    @Test
    void aSegmentWhoseEndsDifferInAZoneCrossesItsEdge() {
        long seed = Long.getLong("coastwatch.zone.seed", System.nanoTime());
        System.out.println("ZoneIndexTest segment seed " + seed);
        Random random = new Random(seed);
        List<Zone> zones = zones(random);
        ZoneIndex index = new ZoneIndex(zones);
        for (int s = 0; s < 5_000; s++) {
            Coordinate from = point(random, zones, index.cellDegrees());
            Coordinate to = new Coordinate(from.x + random.nextGaussian() * 0.2, from.y + random.nextGaussian() * 0.2);
            List<Zone> before = index.zonesContaining(from.y, from.x);
            List<Zone> after = index.zonesContaining(to.y, to.x);
            List<Zone> crossed = index.edgesCrossed(from.y, from.x, to.y, to.x);
            for (Zone zone : zones) {
                if (zone.isArea() && before.contains(zone) != after.contains(zone)) {
                    assertTrue(crossed.contains(zone), "seed " + seed + ": " + from + " -> " + to + " " + zone.id());
                }
            }
        }
    }

    @Test
    void leavingTheTerritorialSeaCrossesTheNationalLimit() {
        ZoneIndex index = new ZoneIndex(new BaselineZones(factory).maritimeZones("VN", List.of(A6, A7)));
        double latitude = (A6.y + A7.y) / 2;
        double longitude = (A6.x + A7.x) / 2;
        double degreesPerNauticalMile = 1 / (60 * Math.cos(Math.toRadians(latitude)));
        List<String> out = index.edgesCrossed(latitude, longitude + 6 * degreesPerNauticalMile, latitude,
                longitude + 18 * degreesPerNauticalMile).stream().map(Zone::id).toList();
        assertTrue(out.containsAll(List.of("VN-TS", "VN-LIMIT", "VN-CZ", "VN-EEZ")), out.toString());
        assertEquals(List.of(), index.edgesCrossed(latitude, longitude + 2 * degreesPerNauticalMile, latitude,
                longitude + 6 * degreesPerNauticalMile));
        assertEquals(List.of("VN-TS"), index.zonesContaining(latitude, longitude + 6 * degreesPerNauticalMile)
                .stream().map(Zone::id).toList());
        double toLimitMetres = index.distanceToNationalLimitMetres(latitude, longitude + 6 * degreesPerNauticalMile);
        assertEquals(6 * GreatCircle.METRES_PER_NAUTICAL_MILE, toLimitMetres, 0.01 * 6 * 1852);
    }

    @Test
    void distanceToAMeridianLimitIsTheGreatCircleDistance() {
        Zone limit = new Zone("L", "meridian 109E", ZoneKind.NATIONAL_LIMIT,
                factory.createLineString(new Coordinate[] {new Coordinate(109, 5), new Coordinate(109, 17)}));
        ZoneIndex index = new ZoneIndex(List.of(limit));
        for (double[] position : new double[][] {{11, 110}, {11, 108.2}, {6, 111}, {16, 109.05}}) {
            double latitude = Math.toRadians(position[0]);
            double deltaLongitude = Math.toRadians(position[1] - 109);
            double expected = GreatCircle.EARTH_RADIUS_METRES * Math.abs(Math.asin(Math.cos(latitude)
                    * Math.sin(deltaLongitude)));
            assertEquals(expected, index.distanceToNationalLimitMetres(position[0], position[1]), expected * 0.005,
                    Arrays.toString(position));
        }
        assertTrue(Double.isNaN(new ZoneIndex(List.of()).distanceToNationalLimitMetres(11, 109)));
        assertFalse(index.zonesContaining(11, 110).contains(limit));
    }

    /** Demo zones, the maritime zones of A6-A7, and random star-shaped polygons (some with a hole). */
    private List<Zone> zones(Random random) {
        List<Zone> zones = new ArrayList<>(DemoZones.ninhThuan(factory));
        zones.addAll(new BaselineZones(factory).maritimeZones("VN", List.of(A6, A7)));
        for (int i = 0; i < 40; i++) {
            Coordinate centre = new Coordinate(108.5 + random.nextDouble() * 2, 10 + random.nextDouble() * 2.5);
            double radius = 0.02 + random.nextDouble() * 0.4;
            Geometry star = star(random, centre, radius, 10 + random.nextInt(300));
            if (i % 4 == 0) {
                star = star.difference(star(random, centre, radius * 0.3, 20));
            }
            zones.add(new Zone("R" + i, "random " + i, ZoneKind.CUSTOM, star));
        }
        return zones;
    }

    private Geometry star(Random random, Coordinate centre, double radius, int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int v = 0; v < vertices; v++) {
            double angle = 2 * Math.PI * v / vertices;
            double r = radius * (0.5 + 0.5 * random.nextDouble());
            ring[v] = new Coordinate(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return factory.createPolygon(ring);
    }

    /** A uniform point of the area, a vertex, an edge's midpoint, a point near a vertex, or on a cell line. */
    private static Coordinate point(Random random, List<Zone> zones, double cellDegrees) {
        Coordinate[] vertices = zones.get(random.nextInt(zones.size())).geometry().getCoordinates();
        int v = random.nextInt(vertices.length - 1);
        return switch (random.nextInt(5)) {
            case 0 -> new Coordinate(108.3 + random.nextDouble() * 2.6, 9.8 + random.nextDouble() * 3);
            case 1 -> new Coordinate(vertices[v]);
            case 2 -> new Coordinate((vertices[v].x + vertices[v + 1].x) / 2, (vertices[v].y + vertices[v + 1].y) / 2);
            case 3 -> {
                double offset = Math.pow(10, -1 - 8 * random.nextDouble());
                double angle = random.nextDouble() * 2 * Math.PI;
                yield new Coordinate(vertices[v].x + offset * Math.cos(angle), vertices[v].y + offset * Math.sin(angle));
            }
            default -> new Coordinate(Math.round(vertices[v].x / cellDegrees) * cellDegrees,
                    vertices[v].y + (random.nextDouble() - 0.5) * cellDegrees);
        };
    }
}
