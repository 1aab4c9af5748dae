package io.coastwatch.engine.rule.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.engine.geo.GreatCircle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProximityGridTest {

    @Test
    void findsExactlyTheVesselsWithinTheRadiusAsABruteForceSearchDoes() {
        long seed = System.nanoTime();
        System.out.println("ProximityGridTest seed " + seed);
        Random random = new Random(seed);
        for (double latitude : new double[] {-60, 0, 11.5, 45, 70}) {
            double radius = 100 + random.nextDouble() * 900;
            ProximityGrid<Integer> grid = new ProximityGrid<>(radius);
            int count = 3_000;
            double[] lat = new double[count];
            double[] lon = new double[count];
            double spread = 0.2;
            for (int i = 0; i < count; i++) {
                lat[i] = latitude + random.nextDouble() * spread;
                lon[i] = 109 + random.nextDouble() * spread;
                grid.put(i, lat[i], lon[i], 0, i);
            }
            for (int i = 0; i < count; i += 3) {     // moves and removals
                lat[i] = latitude + random.nextDouble() * spread;
                grid.put(i, lat[i], lon[i], 0, i);
            }
            for (int i = 1; i < count; i += 7) {
                grid.remove(i);
            }
            for (int q = 0; q < 500; q++) {
                double qLat = latitude + random.nextDouble() * spread;
                double qLon = 109 + random.nextDouble() * spread;
                TreeSet<Long> expected = new TreeSet<>();
                for (int i = 0; i < count; i++) {
                    if (i % 7 != 1 && GreatCircle.distanceMetres(qLat, qLon, lat[i], lon[i]) <= radius) {
                        expected.add((long) i);
                    }
                }
                List<Long> found = new ArrayList<>();
                grid.forEachNear(qLat, qLon, entry -> found.add(entry.id));
                assertEquals(expected, new TreeSet<>(found), "seed " + seed + " latitude " + latitude);
                assertEquals(expected.size(), found.size(), "each vessel once");
            }
            assertEquals(count - (count + 5) / 7, grid.size());
        }
    }
}
