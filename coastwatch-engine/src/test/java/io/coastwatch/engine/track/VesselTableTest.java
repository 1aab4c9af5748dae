package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VesselTableTest {

    private static VesselSnapshot vessel(long vesselId, long lastSeenMillis) {
        return new VesselSnapshot(vesselId, 0, 0, null, null, null, null, -1, -1, -1, Double.NaN, null,
                Long.MIN_VALUE, null, null, lastSeenMillis);
    }

    @Test
    void holdsWhatAMapHoldsThroughGrowthRemovalsAndReturns() {
        long seed = new Random().nextLong();
        System.out.println("VesselTableTest seed " + seed);
        Random random = new Random(seed);
        VesselTable table = new VesselTable();
        Map<Long, VesselSnapshot> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long vesselId = random.nextInt(4) == 0 ? VesselIds.FIRST_NON_AIS_ID + random.nextInt(3_000)
                    : VesselIds.ofMmsi(574_000_000 + random.nextInt(20_000));
            if (random.nextInt(10) == 0) {
                assertSame(expected.remove(vesselId), table.remove(vesselId), "seed " + seed + ", step " + i);
            } else {
                VesselSnapshot vessel = vessel(vesselId, i);
                table.put(vessel);
                expected.put(vesselId, vessel);
            }
            long probe = VesselIds.ofMmsi(574_000_000 + random.nextInt(20_000));
            assertSame(expected.get(probe), table.get(probe), "seed " + seed + ", step " + i);
        }
        assertEquals(expected.size(), table.size());
        assertEquals(expected.size(), table.values().size());
        assertEquals(new HashSet<>(expected.values()), new HashSet<>(table.values()), "seed " + seed);
        assertNull(table.get(12));
    }

    @Test
    void handsOutEachChangedVesselOnceInItsLatestStateUntilMarkedAgain() {
        VesselTable table = new VesselTable();
        for (long vesselId = 1; vesselId <= 3_000; vesselId++) { // grows the table: marks must move along
            table.put(vessel(vesselId, 1));
        }
        table.takeChanged();
        table.put(vessel(7, 2));
        table.put(vessel(7, 3));
        table.put(vessel(8, 2));
        table.put(vessel(9, 2));
        table.remove(9);
        List<VesselSnapshot> changed = table.takeChanged();
        assertEquals(Set.of(vessel(7, 3), vessel(8, 2)), new HashSet<>(changed), "9 was removed");
        assertEquals(List.of(), table.takeChanged());
        table.markChanged(changed);
        table.put(vessel(8, 4));
        assertEquals(Set.of(vessel(7, 3), vessel(8, 4)), new HashSet<>(table.takeChanged()));
    }

    @Test
    void theViewCannotChangeTheTable() {
        VesselTable table = new VesselTable();
        table.put(vessel(1, 1));
        assertThrows(UnsupportedOperationException.class, () -> table.values().clear());
        assertThrows(UnsupportedOperationException.class, () -> table.values().add(vessel(2, 2)));
        assertEquals(1, table.size());
    }

    @Test
    void aReaderOnAnotherThreadSeesEveryVesselOnceWrittenWhileTheTableGrows() throws Exception {
        VesselTable table = new VesselTable();
        int vessels = 50_000;
        AtomicReference<String> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            for (long vesselId = 1; vesselId <= vessels; ) {
                VesselSnapshot vessel = table.get(vesselId);
                if (vessel == null) {
                    Thread.onSpinWait(); // not written yet
                } else if (vessel.vesselId() != vesselId || vessel.lastSeenMillis() < vesselId) {
                    failure.set("vessel " + vesselId + " read as " + vessel);
                    return;
                } else {
                    vesselId++;
                }
            }
        });
        for (long vesselId = 1; vesselId <= vessels; vesselId++) {
            table.put(vessel(vesselId, vesselId));
            table.put(vessel(vesselId, vesselId + 1));
        }
        reader.join();
        assertNull(failure.get());
        assertEquals(vessels, table.size());
        assertTrue(table.values().stream().allMatch(vessel -> vessel.lastSeenMillis() == vessel.vesselId() + 1));
    }
}
