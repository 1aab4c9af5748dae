package io.coastwatch.sim.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.FleetSettings;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Great-circle helpers, and the demo geography: waypoints and aids at sea, routes that keep off land. */
class GeographyTest {
    private static final Area AREA = Area.demo();
    private static final Scenario DEMO = new ScenarioLoader().loadDemo();

    @Test
    void greatCircleStepsAndDistancesAgree() {
        LonLat start = new LonLat(109.0, 11.5);
        LonLat end = Geo.destination(start, 45, 10 * Geo.METRES_PER_NAUTICAL_MILE);
        assertEquals(10 * Geo.METRES_PER_NAUTICAL_MILE, Geo.distanceMetres(start, end), 0.01);
        assertEquals(45, Geo.bearingDegrees(start, end), 0.01);
        // one minute of latitude is close to one nautical mile
        assertEquals(1852, Geo.distanceMetres(new LonLat(109, 11), new LonLat(109, 11 + 1 / 60.0)), 12);
        assertEquals(-20, Geo.turnDegrees(10, 350), 1e-9);
    }

    @Test
    void aLineHasAHomeSideAndABeyondSide() {
        Line limit = new Line(List.of(new LonLat(110.2, 10.8), new LonLat(110.2, 11.87)));
        assertTrue(limit.signedDistanceMetres(new LonLat(110.3, 11.3)) > 0);
        assertTrue(limit.signedDistanceMetres(new LonLat(110.1, 11.3)) < 0);
        assertEquals(90, limit.outwardBearingDegrees(), 1e-6);
    }

    @Test
    void waypointsAndAidsAreAtSea() {
        for (LonLat p : DEMO.geography().seaWaypoints()) {
            assertTrue(AREA.land().distanceToLandMetres(p) > 1_000, p + " is clear water");
        }
        for (FleetSettings.AidToNavigation aid : DEMO.fleet().aidsToNavigation()) {
            assertFalse(AREA.land().isLand(aid.position()), aid.name());
        }
    }

    @Test
    void routesFromEveryHarbourToEveryOtherKeepOffLand() {
        SeaRouter router = new SeaRouter(AREA.land(), DEMO.geography().seaWaypoints());
        for (LonLat from : AREA.ports().values()) {
            for (LonLat to : AREA.ports().values()) {
                List<LonLat> route = router.route(router.gate(from), router.gate(to));
                for (int i = 1; i < route.size(); i++) {
                    assertFalse(AREA.land().crossesLand(route.get(i - 1), route.get(i)), from + " to " + to);
                }
            }
            assertTrue(Geo.distanceMetres(from, router.gate(from)) < 8_000);
        }
        LonLat caNa = router.gate(AREA.port("PORT-CANA"));
        LonLat binhTien = new LonLat(109.30, 11.85);
        assertTrue(AREA.land().crossesLand(caNa, binhTien), "the straight course crosses Mui Dinh");
        assertTrue(router.route(caNa, binhTien).size() > 2, "so the route goes round");
    }
}
