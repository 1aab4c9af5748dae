package io.coastwatch.engine.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
