package io.coastwatch.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.coastwatch.engine.track.VesselIds;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VesselIdSetTest {

    @Test
    void holdsEachIdOnceThroughGrowthAndClear() {
        long seed = new Random().nextLong();
        System.out.println("VesselIdSetTest seed " + seed);
        Random random = new Random(seed);
        VesselIdSet set = new VesselIdSet();
        for (int round = 0; round < 3; round++) {
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < 20_000; i++) {
                long vesselId = random.nextBoolean() ? VesselIds.ofMmsi(574_000_000 + random.nextInt(5_000))
                        : VesselIds.FIRST_NON_AIS_ID + random.nextInt(5_000);
                set.add(vesselId);
                expected.add(vesselId);
            }
            set.add(0);
            expected.add(0L);
            Set<Long> seen = new HashSet<>();
            set.forEach(vesselId -> assertTrue(seen.add(vesselId), "seed " + seed + ": " + vesselId + " twice"));
            assertEquals(expected, seen, "seed " + seed);
            assertEquals(expected.size(), set.size());
            set.clear();
            assertTrue(set.isEmpty());
            set.forEach(vesselId -> fail("cleared, yet " + vesselId));
        }
    }

    @Test
    void refusesANegativeId() {
        assertThrows(IllegalArgumentException.class, () -> new VesselIdSet().add(-1));
    }
}
