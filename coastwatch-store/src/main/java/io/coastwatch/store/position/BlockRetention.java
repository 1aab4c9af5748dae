package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes the fixes older than a limit: the dialect's whole partitions first, then the blocks that end
 * before the limit, one day of first times per transaction so that the single writer is never held for
 * long; then each block that straddles the limit (starts before it, ends at or after it) is rewritten
 * without its older fixes, under its own id, all in one transaction. So exactly the fixes older than the
 * limit go, as with one row per fix.
 *
 * <p>Thread-safe.
 */
final class BlockRetention {

    private static final long DELETE_STEP_MILLIS = Duration.ofDays(1).toMillis();

    private final ConnectionSource connections;
    private final PositionTable table;

    BlockRetention(ConnectionSource connections, PositionTable table) {
        this.connections = connections;
        this.table = table;
    }

    /** Deletes every fix older than {@code timeMillis}; returns how many. */
    long deleteOlderThan(long timeMillis) {
        long deleted = table.dropOlderThan(timeMillis);
        Long oldest = connections.read(BlockTable::oldestFirstTime);
        if (oldest == null) {
            return deleted;
        }
        for (long bound = oldest; bound < timeMillis; ) {
            bound = Math.min(timeMillis, bound + DELETE_STEP_MILLIS);
            long stepBound = bound;
            deleted += connections.write(Durability.RELAXED, connection -> {
                long fixes;
                try (PreparedStatement count = connection.prepareStatement("SELECT COALESCE(SUM(fix_count), 0)"
                        + " FROM position_blocks WHERE first_time_ms < ? AND last_time_ms < ?")) {
                    count.setLong(1, stepBound);
                    count.setLong(2, timeMillis);
                    try (ResultSet row = count.executeQuery()) {
                        fixes = row.next() ? row.getLong(1) : 0;
                    }
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM position_blocks WHERE first_time_ms < ? AND last_time_ms < ?")) {
                    delete.setLong(1, stepBound);
                    delete.setLong(2, timeMillis);
                    delete.executeUpdate();
                }
                return fixes;
            });
        }
        return deleted + trimStraddling(timeMillis);
    }

    private long trimStraddling(long timeMillis) {
        // a trimmed block starts at or after the limit, before the old block's end
        table.prepareFor(List.of(timeMillis, timeMillis + PositionBlock.MAX_SPAN_MILLIS));
        return connections.write(Durability.RELAXED, connection -> {
            List<BlockTable.BlockKey> keys = BlockTable.keys(connection, "first_time_ms > ? AND first_time_ms < ?"
                    + " AND last_time_ms >= ?", timeMillis - PositionBlock.MAX_SPAN_MILLIS, timeMillis, timeMillis);
            Map<BlockTable.BlockKey, List<PositionFix>> kept = new LinkedHashMap<>();
            long removed = 0;
            for (BlockTable.BlockKey key : keys) {
                List<PositionFix> newer = new ArrayList<>();
                for (PositionFix fix : BlockTable.take(connection, List.of(key))) {
                    if (fix.timeMillis() >= timeMillis) {
                        newer.add(fix);
                    } else {
                        removed++;
                    }
                }
                kept.put(key, newer);
            }
            List<PositionBlock> rewritten = new ArrayList<>();
            kept.forEach((key, fixes) -> rewritten.add(new PositionBlock(key.vesselId(), key.blockId(), fixes)));
            BlockTable.insert(connection, rewritten);
            return removed;
        });
    }
}
