package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongMapTest {

    @Test
    void behavesAsAHashMapUnderRandomPutsAndRemovesWithCollidingKeys() {
        long seed = System.nanoTime();
        System.out.println("LongMapTest seed " + seed);
        Random random = new Random(seed);
        LongMap<Long> map = new LongMap<>();
        Map<Long, Long> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // few distinct keys, many of them negative or multiples of a power of two: long runs
            long key = (random.nextInt(5_000) - 2_500) * (random.nextBoolean() ? 1L : 1L << 32);
            switch (random.nextInt(3)) {
                case 0, 1 -> {
                    map.put(key, (long) i);
                    expected.put(key, (long) i);
                }
                default -> assertEquals(expected.remove(key), map.remove(key), "seed " + seed);
            }
            if (i % 1_000 == 0) {
                assertEquals(expected.size(), map.size(), "seed " + seed);
                for (Map.Entry<Long, Long> entry : expected.entrySet()) {
                    assertEquals(entry.getValue(), map.get(entry.getKey()), "seed " + seed);
                }
                List<Long> values = new ArrayList<>();
                map.forEachValue(values::add);
                assertEquals(expected.size(), values.size());
            }
        }
    }
}
