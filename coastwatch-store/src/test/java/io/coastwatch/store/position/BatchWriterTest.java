package io.coastwatch.store.position;

import static io.coastwatch.store.testing.Fixes.fix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.track.PositionFix;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queue and retries of {@link BatchWriter}, with sinks that fail on purpose. */
class BatchWriterTest {

    @Test
    void aBatchThatFailsIsRetriedAndThenWritten() {
        AtomicInteger calls = new AtomicInteger();
        List<PositionFix> written = new ArrayList<>();
        try (BatchWriter writer = new BatchWriter("test-writer", 100, 10, 3, Duration.ofSeconds(1), Duration.ZERO, batch -> {
            if (calls.incrementAndGet() <= 2) {
                throw new SQLException("database is locked");
            }
            written.addAll(batch);
        })) {
            writer.offer(fix(1, 1));
            writer.flush();

            assertEquals(List.of(fix(1, 1)), written);
            assertEquals(new PositionStoreStats(1, 1, 0, 0, 1, 0), writer.stats());
        }
    }

    @Test
    void aBatchThatKeepsFailingIsCountedAndFlushStillReturns() {
        try (BatchWriter writer = new BatchWriter("test-writer", 100, 10, 2, Duration.ofSeconds(1), Duration.ZERO, batch -> {
            throw new SQLException("disk I/O error");
        })) {
            writer.offer(fix(1, 1));
            writer.offer(fix(1, 2));
            writer.flush();

            PositionStoreStats stats = writer.stats();
            assertEquals(2, stats.appended());
            assertEquals(2, stats.failed());
            assertEquals(0, stats.written());
        }
    }

    @Test
    void aFullQueueDropsAfterWaitingAndCountsIt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (BatchWriter writer = new BatchWriter("test-writer", 2, 1, 1, Duration.ofMillis(20), Duration.ZERO, batch -> {
            release.await();
        })) {
            writer.offer(fix(1, 1)); // taken by the writer, which then blocks
            Thread.sleep(200);
            writer.offer(fix(1, 2));
            writer.offer(fix(1, 3));

            assertFalse(writer.offer(fix(1, 4)));
            assertEquals(1, writer.stats().dropped());
            release.countDown();
        }
    }

    @Test
    void offerAfterCloseFails() {
        BatchWriter writer = new BatchWriter("test-writer", 10, 10, 1, Duration.ZERO, Duration.ZERO, batch -> { });
        writer.close();

        assertThrows(IllegalStateException.class, () -> writer.offer(fix(1, 1)));
    }

    @Test
    void fixesArrivingWithinTheGatherTimeShareABatchAndAFlushDoesNotWaitForIt() {
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        try (BatchWriter writer = new BatchWriter("test-writer", 100, 10, 1, Duration.ZERO, Duration.ofSeconds(30),
                batch -> batchSizes.add(batch.size()))) {
            writer.offer(fix(1, 1));
            writer.flush();
            writer.offer(fix(1, 2));
            writer.offer(fix(2, 2));
            writer.offer(fix(1, 3));
            long start = System.nanoTime();
            writer.flush();

            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "the flush waited for the gather time");
            assertEquals(List.of(1, 3), batchSizes);
            assertEquals(new PositionStoreStats(4, 4, 0, 0, 2, 0), writer.stats());
        }
    }
}
