package io.coastwatch.store.position;

import static io.coastwatch.store.testing.Fixes.fix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.testing.Backend;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract on PostgreSQL, and its time partitions. */
class PostgresPositionStoreTest extends PositionStoreContract {

    private static final long WEEK = PostgresPositionTable.PARTITION_LENGTH.toMillis();

    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }

    private List<PostgresPositionTable.Partition> partitions() {
        try (ConnectionSource connections = ConnectionSource.of(settings.jdbcUrl(), settings.user(), null)) {
            return new PostgresPositionTable(connections).partitions();
        }
    }

    @Test
    void partitionsOfThisAndNextWeekAreCreatedAhead() throws InterruptedException {
        long thisWeek = PostgresPositionTable.partitionStart(System.currentTimeMillis());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (partitions().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertEquals(List.of(
                new PostgresPositionTable.Partition(PostgresPositionTable.partitionName(thisWeek), thisWeek,
                        thisWeek + WEEK),
                new PostgresPositionTable.Partition(PostgresPositionTable.partitionName(thisWeek + WEEK),
                        thisWeek + WEEK, thisWeek + 2 * WEEK)),
                partitions());
    }

    @Test
    void aFixOfAnyTimeGetsItsPartition() {
        long old = 1_577_836_800_000L; // 2020-01-01, a Wednesday: its partition starts 2019-12-26
        positions().append(fix(1, old));
        positions().flush();

        assertEquals(List.of(fix(1, old)), positions().track(1, 0, Long.MAX_VALUE, 10));
        assertTrue(partitions().contains(new PostgresPositionTable.Partition("position_blocks_p20191226",
                PostgresPositionTable.partitionStart(old), PostgresPositionTable.partitionStart(old) + WEEK)),
                partitions().toString());
    }

    @Test
    void retentionDropsWholePartitionsAndTrimsTheOneTheLimitFallsIn() {
        long start = PostgresPositionTable.partitionStart(T0);
        for (int day = 0; day < 21; day++) {
            positions().append(fix(8, start + day * DAY));
        }
        positions().flush();
        assertEquals(3, partitions().stream().filter(p -> p.fromMillis() < start + 3 * WEEK
                && p.fromMillis() >= start).count());

        long deleted = positions().deleteOlderThan(start + WEEK + 2 * DAY);

        assertEquals(9, deleted);
        assertTrue(partitions().stream().noneMatch(p -> p.fromMillis() == start), partitions().toString());
        List<PositionFix> left = positions().track(8, 0, Long.MAX_VALUE, 100);
        assertEquals(12, left.size());
        assertEquals(fix(8, start + WEEK + 2 * DAY), left.getFirst());
    }
}
