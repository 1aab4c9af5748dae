package io.coastwatch.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
