package io.coastwatch.engine.zone.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The Vietnamese side of a national limit drawn among the Trường Sa islands comes from the data. The
 * limit runs north along 114.25°E, Vietnamese waters to its west; the bundled land's nearest island
 * (about 114.36°E, 10.37°N) lies east of it, so the side of the nearest land is the wrong one: a boat
 * at 10.3°N 114.1°E, 8.9 nm on the Vietnamese side, was "beyond the national limit".
 */
class NationalLimitSidesTest {
    private static final LandMask LAND = LandMask.vietnamRegion();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double LIMIT_LONGITUDE = 114.25;

    @Test
    void withoutDataTheSideOfTheNearestIslandIsTakenAndIsWrong() {
        NationalLimits limits = new NationalLimits(List.of(limit(Map.of())), LAND);
        assertEquals(List.of(new VietnameseSide(-1, VietnameseSide.Source.NEAREST_LAND)), limits.sides());
        assertTrue(limits.isBeyond(10.3, 114.1), "the guess the data now overrides");
        assertEquals(1, new NationalLimitSides(List.of(limit(Map.of()))).warnings(limit(Map.of())).size());
    }

    @Test
    void theLimitsOwnPropertyGivesTheSide() {
        assertSidesRight(List.of(limit(Map.of(NationalLimitSides.SIDE_PROPERTY, "left"))),
                VietnameseSide.Source.PROPERTY);
        assertSidesRight(List.of(limit(Map.of(NationalLimitSides.POINT_PROPERTY, "[113.9, 10.6]"))),
                VietnameseSide.Source.REFERENCE_POINT);
    }

    @Test
    void theForeignWatersBesideTheLimitGiveTheSideWhetherTheyTouchItOrNot() {
        assertSidesRight(List.of(limit(Map.of()), foreignWaters(LIMIT_LONGITUDE)), VietnameseSide.Source.FOREIGN_WATERS);
        assertSidesRight(List.of(foreignWaters(LIMIT_LONGITUDE + 0.008), limit(Map.of())),
                VietnameseSide.Source.FOREIGN_WATERS);
        List<Zone> zones = List.of(limit(Map.of()), foreignWaters(LIMIT_LONGITUDE));
        assertEquals(List.of(), new NationalLimitSides(zones).warnings(zones.get(0)));
    }

    @Test
    void aDeclaredSideWithForeignWatersOnItIsWarnedOf() {
        Zone limit = limit(Map.of(NationalLimitSides.SIDE_PROPERTY, "right"));
        List<String> warnings = new NationalLimitSides(List.of(limit, foreignWaters(LIMIT_LONGITUDE))).warnings(limit);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("foreign-waters zone"), warnings.get(0));
    }

    @Test
    void malformedSidePropertiesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> NationalLimitSides.check(Map.of(NationalLimitSides.SIDE_PROPERTY, "west")));
        assertThrows(IllegalArgumentException.class,
                () -> NationalLimitSides.check(Map.of(NationalLimitSides.POINT_PROPERTY, "[113.9]")));
        assertThrows(IllegalArgumentException.class,
                () -> NationalLimitSides.check(Map.of(NationalLimitSides.POINT_PROPERTY, "[200, 10]")));
        NationalLimitSides.check(Map.of(NationalLimitSides.SIDE_PROPERTY, " Right ",
                NationalLimitSides.POINT_PROPERTY, "113.9, 10.6"));
    }

    /** Every source of data puts random boats on the right side of the limit: west inside, east beyond. */
    private static void assertSidesRight(List<Zone> zones, VietnameseSide.Source expected) {
        NationalLimits limits = new NationalLimits(zones, LAND);
        assertEquals(List.of(new VietnameseSide(1, expected)), limits.sides());
        long seed = Long.getLong("coastwatch.test.seed", System.nanoTime());
        System.out.println("NationalLimitSidesTest seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            double latitude = 9.6 + random.nextDouble() * 1.5;
            double offset = 0.005 + random.nextDouble() * 0.6;
            assertFalse(limits.isBeyond(latitude, LIMIT_LONGITUDE - offset), "west, seed " + seed);
            assertTrue(limits.isBeyond(latitude, LIMIT_LONGITUDE + offset), "east, seed " + seed);
        }
        assertTrue(limits.signedMetres(10.3, 114.1) < -16_000, "the boat of the report: 8.9 nm inside");
    }

    /** The limit, drawn from south to north: west is its left. */
    private static Zone limit(Map<String, String> properties) {
        return new Zone("TS-LIMIT", "Trường Sa limit", ZoneKind.NATIONAL_LIMIT, GEOMETRY.createLineString(new Coordinate[] {
            new Coordinate(LIMIT_LONGITUDE, 9.5), new Coordinate(LIMIT_LONGITUDE, 10.35), new Coordinate(LIMIT_LONGITUDE, 11.2)
        }), Set.of(), properties);
    }

    private static Zone foreignWaters(double westLongitude) {
        List<Coordinate> ring = new ArrayList<>(List.of(new Coordinate(westLongitude, 9.5), new Coordinate(116, 9.5),
                new Coordinate(116, 11.2), new Coordinate(westLongitude, 11.2), new Coordinate(westLongitude, 9.5)));
        return new Zone("FW-EAST", "foreign waters", ZoneKind.FOREIGN_WATERS,
                GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new)));
    }
}
