package io.coastwatch.engine.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

class LandMaskTest {
    private static final LandMask LAND = LandMask.vietnamRegion();

    @Test
    void seaIsNotLand() {
        assertFalse(LAND.isFarInland(11.30, 109.50));     // off Mũi Dinh
        assertFalse(LAND.isFarInland(11.57, 109.06));     // Phan Rang bay, 1.5 km off the beach
    }

    @Test
    void landFarFromTheCoastIsLand() {
        assertTrue(LAND.isFarInland(11.94, 108.44));      // Đà Lạt
        assertTrue(LAND.isFarInland(11.57, 109.00));      // Phan Rang, 3.2 km from the coast
        assertTrue(LAND.isFarInland(17.97, 102.60));      // Vientiane
    }

    @Test
    void landWithinTwoKilometresOfTheCoastIsNotJudged() {
        assertFalse(LAND.isFarInland(11.57, 109.024));    // Phan Rang, 1.2 km from the coast
        assertFalse(LAND.isFarInland(11.57, 109.032));    // 0.3 km
    }

    @Test
    void outsideTheDataNothingIsJudged() {
        assertFalse(LAND.isFarInland(30.0, 110.0));       // inland China, north of the data's box
        assertFalse(LAND.isFarInland(Double.NaN, Double.NaN));
    }

    @Test
    void greatCircleDistanceOfOneMinuteOfLatitudeIsAboutOneNauticalMile() {
        assertEquals(1853, GreatCircle.distanceMetres(11.0, 109.0, 11.0 + 1 / 60.0, 109.0), 2);
    }

    @Test
    void theCellsGiveTheSameAnswerAsTheExactTest() throws IOException {
        Geometry land;
        try (InputStream in = LandMask.class.getResourceAsStream(LandMask.VIETNAM_REGION_RESOURCE)) {
            land = GeoJsonPolygons.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), new GeometryFactory());
        }
        PreparedGeometry preparedLand = PreparedGeometryFactory.prepare(land);
        IndexedFacetDistance coast = new IndexedFacetDistance(land);
        long seed = System.nanoTime();
        System.out.println("LandMaskTest seed " + seed);
        Random random = new Random(seed);
        int farInland = 0;
        for (int i = 0; i < 3_000; i++) {
            // half the points near Ninh Thuan's coast, half anywhere in the area
            double latitude = i % 2 == 0 ? 11.3 + random.nextDouble() * 0.5 : 6 + random.nextDouble() * 18;
            double longitude = i % 2 == 0 ? 108.8 + random.nextDouble() * 0.4 : 102 + random.nextDouble() * 16;
            Point point = land.getFactory().createPoint(new Coordinate(longitude, latitude));
            double marginDegrees = LandMask.DEFAULT_COAST_MARGIN_METRES
                    / (Math.toRadians(GreatCircle.EARTH_RADIUS_METRES) * Math.cos(Math.toRadians(latitude)));
            boolean expected = preparedLand.contains(point) && coast.distance(point) > marginDegrees;
            assertEquals(expected, LAND.isFarInland(latitude, longitude), latitude + ", " + longitude);
            farInland += expected ? 1 : 0;
        }
        assertTrue(farInland > 300, "the sample reaches inland: " + farInland);
    }
}
