package io.coastwatch.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    @Test
    void theSameMessageWithinTheWindowIsADuplicateEitherWayInTime() {
        Deduplicator deduplicator = new Deduplicator(10_000, 1000);
        assertFalse(deduplicator.isDuplicate("a", 100_000));
        assertTrue(deduplicator.isDuplicate("a", 109_000));
        assertTrue(deduplicator.isDuplicate("a", 95_000), "a receiver whose clock is behind");
        assertFalse(deduplicator.isDuplicate("b", 100_000));
    }

    @Test
    void messagesOlderThanTheWindowAreForgotten() {
        Deduplicator deduplicator = new Deduplicator(10_000, 1000);
        deduplicator.isDuplicate("a", 100_000);
        deduplicator.isDuplicate("b", 110_001);
        assertEquals(1, deduplicator.size(), "a fell out of the window");
        assertFalse(deduplicator.isDuplicate("a", 110_002));
    }

    @Test
    void theCapacityBoundsMemoryUnderAFlood() {
        Deduplicator deduplicator = new Deduplicator(10_000, 2);
        deduplicator.isDuplicate("a", 100_000);
        deduplicator.isDuplicate("b", 100_001);
        deduplicator.isDuplicate("c", 100_002);
        assertEquals(2, deduplicator.size());
        assertFalse(deduplicator.isDuplicate("a", 100_003), "the oldest was forgotten to make room");
        assertTrue(deduplicator.isDuplicate("c", 100_004));
    }

    @Test
    void aCapacityOfZeroTurnsDeduplicationOff() {
        Deduplicator deduplicator = new Deduplicator(10_000, 0);
        assertFalse(deduplicator.isDuplicate("a", 100_000));
        assertFalse(deduplicator.isDuplicate("a", 100_000));
    }

    @Test
    void answersAsTheRuleSaysOnRandomTrafficThroughGrowthWrapAndEviction() {
        long seed = new Random().nextLong();
        System.out.println("DeduplicatorTest seed " + seed);
        Random random = new Random(seed);
        for (int capacity : new int[] {1, 3, 700, 5000}) {
            Deduplicator deduplicator = new Deduplicator(10_000, capacity);
            Rule rule = new Rule(10_000, capacity);
            long timeMillis = 1_000_000;
            for (int i = 0; i < 60_000; i++) {
                timeMillis += random.nextInt(4) - 1; // receivers' clocks differ: time goes back a little
                // few distinct values, some with colliding hash codes, so that messages come again
                Object message = random.nextInt(8) == 0 ? new SameHash(random.nextInt(50)) : random.nextInt(3000);
                assertEquals(rule.isDuplicate(message, timeMillis), deduplicator.isDuplicate(message, timeMillis),
                        "seed " + seed + ", capacity " + capacity + ", message " + i);
                assertEquals(rule.size(), deduplicator.size(), "seed " + seed + ", capacity " + capacity);
            }
        }
    }

    /** Equal by value, all with one hash code. */
    private record SameHash(int value) {
        @Override
        public int hashCode() {
            return 42;
        }
    }

    /** The deduplication rule of the class comment, written plainly (a map and a queue of entries). */
    private static final class Rule {
        private final long windowMillis;
        private final int capacity;
        private final Map<Object, long[]> timeByMessage = new HashMap<>();
        private final ArrayDeque<Object> heardOrder = new ArrayDeque<>();
        private long latestMillis = Long.MIN_VALUE;

        Rule(long windowMillis, int capacity) {
            this.windowMillis = windowMillis;
            this.capacity = capacity;
        }

        boolean isDuplicate(Object message, long timeMillis) {
            latestMillis = Math.max(latestMillis, timeMillis);
            while (!heardOrder.isEmpty() && timeByMessage.get(heardOrder.peekFirst())[0] < latestMillis - windowMillis) {
                timeByMessage.remove(heardOrder.removeFirst());
            }
            long[] earlier = timeByMessage.get(message);
            if (earlier == null) {
                timeByMessage.put(message, new long[] {timeMillis});
                heardOrder.addLast(message);
                if (heardOrder.size() > capacity) {
                    timeByMessage.remove(heardOrder.removeFirst());
                }
                return false;
            }
            if (Math.abs(timeMillis - earlier[0]) <= windowMillis) {
                return true;
            }
            earlier[0] = timeMillis;
            return false;
        }

        int size() {
            return timeByMessage.size();
        }
    }
}
