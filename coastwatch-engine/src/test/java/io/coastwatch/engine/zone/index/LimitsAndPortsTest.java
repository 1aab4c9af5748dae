package io.coastwatch.engine.zone.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.geo.ShoreDistance;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LimitsAndPortsTest {
    private static final LandMask LAND = LandMask.vietnamRegion();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Zone line(String id, ZoneKind kind, double... lonLats) {
        Coordinate[] points = new Coordinate[lonLats.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(lonLats[2 * i], lonLats[2 * i + 1]);
        }
        return new Zone(id, id, kind, GEOMETRY.createLineString(points));
    }

    @Test
    void theVietnameseSideOfANationalLimitIsTheCoastsWhicheverWayTheLineIsDrawn() {
        for (Zone limit : List.of(line("N", ZoneKind.NATIONAL_LIMIT, 110.2, 10.8, 110.2, 11.87),
                line("S", ZoneKind.NATIONAL_LIMIT, 110.2, 11.87, 110.2, 10.8),
                line("BENT", ZoneKind.NATIONAL_LIMIT, 110.0, 10.8, 110.3, 11.3, 110.1, 11.9))) {
            NationalLimits limits = new NationalLimits(List.of(limit), LAND);
            assertFalse(limits.isBeyond(11.3, 109.9), limit.id());
            assertTrue(limits.isBeyond(11.3, 110.5), limit.id());
            assertFalse(limits.isBeyond(11.0, 109.0), limit.id() + ": on the coast");
        }
        NationalLimits bent = new NationalLimits(List.of(line("BENT", ZoneKind.NATIONAL_LIMIT, 110.0, 10.8, 110.3,
                11.3, 110.1, 11.9)), LAND);
        assertFalse(bent.isBeyond(11.3, 110.25), "inside the bend");
        assertTrue(bent.isBeyond(11.8, 110.25), "beyond the northern segment");
        assertFalse(new NationalLimits(List.of(), LAND).isBeyond(11.3, 115));
        assertTrue(Double.isNaN(new NationalLimits(List.of(), LAND).signedMetres(11.3, 115)));
    }

    @Test
    void theSignedDistanceAgreesWithTheZoneIndexsDistance() {
        Zone limit = line("BENT", ZoneKind.NATIONAL_LIMIT, 110.0, 10.8, 110.3, 11.3, 110.1, 11.9);
        NationalLimits limits = new NationalLimits(List.of(limit), LAND);
        ZoneIndex index = new ZoneIndex(List.of(limit));
        long seed = 7;
        System.out.println("national limit distance seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            double latitude = 10.5 + random.nextDouble() * 1.7;
            double longitude = 109.5 + random.nextDouble() * 1.2;
            double signed = limits.signedMetres(latitude, longitude);
            double expected = index.distanceToNationalLimitMetres(latitude, longitude);
            assertEquals(expected, Math.abs(signed), expected * 0.005 + 1, latitude + ", " + longitude);
            assertEquals(signed > 0, limits.isBeyond(latitude, longitude));
        }
    }

    @Test
    void distanceToPortIsZeroInsideExactNearAndInfiniteBeyondTheLimit() {
        Zone harbour = new Zone("P", "harbour", ZoneKind.PORT, GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(109.00, 11.50), new Coordinate(109.01, 11.50), new Coordinate(109.01, 11.51),
            new Coordinate(109.00, 11.51), new Coordinate(109.00, 11.50)}));
        Zone boundary = line("PW", ZoneKind.PORT, 109.2, 11.0, 109.2, 11.2);
        Zone notAPort = new Zone("M", "park", ZoneKind.MARINE_PROTECTED_AREA, GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(109.5, 11.5), new Coordinate(109.6, 11.5), new Coordinate(109.6, 11.6),
            new Coordinate(109.5, 11.5)}));
        PortDistances ports = new PortDistances(List.of(harbour, boundary, notAPort));
        assertEquals(0, ports.metres(11.505, 109.005));
        double east = GreatCircle.distanceMetres(11.505, 109.02, 11.505, 109.01);
        assertEquals(east, ports.metres(11.505, 109.02), 1);
        assertEquals(GreatCircle.distanceMetres(11.1, 109.25, 11.1, 109.2), ports.metres(11.1, 109.25), 1);
        assertEquals(Double.POSITIVE_INFINITY, ports.metres(11.505, 109.02, east - 10));
        assertEquals(east, ports.metres(11.505, 109.02, east + 10), 1);
        assertEquals(Double.POSITIVE_INFINITY, new PortDistances(List.of(notAPort)).metres(11.55, 109.55));
    }

    @Test
    void theShoreDistanceGridIsWithinItsHalfDiagonalOfTheExactDistance() {
        long seed = 20251129;
        System.out.println("shore distance seed " + seed);
        Random random = new Random(seed);
        ShoreDistance grid = ShoreDistance.vietnamRegion(LAND);
        double halfDiagonalMetres = Math.sqrt(2) / 2 * ShoreDistance.CELL_DEGREES * 111_195;
        for (int i = 0; i < 300; i++) {
            double latitude = 10.5 + random.nextDouble() * 1.5;
            double longitude = 108.8 + random.nextDouble() * 1.5;
            assertEquals(LAND.distanceToCoastMetres(latitude, longitude), grid.metres(latitude, longitude),
                    halfDiagonalMetres, latitude + ", " + longitude);
        }
        assertEquals(LAND.distanceToCoastMetres(30, 125), grid.metres(30, 125), 1e-6, "outside the grid: exact");
    }
}
