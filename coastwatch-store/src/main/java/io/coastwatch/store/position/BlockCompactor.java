package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges small blocks. At live rates a batch holds about one fix per vessel, so the writer makes tiny
 * blocks; this merges each vessel's consecutive blocks that have ended at least {@link #MIN_AGE} ago
 * into blocks as large as {@link PositionBlock}'s caps allow, so that a long track reads few rows.
 *
 * <p>It walks the history by first time in windows of {@link #WINDOW}, from the oldest block at the
 * first call to the newest block old enough, and remembers where it stopped: later calls look only at
 * newer blocks (a fix appended late, far behind the others, stays in its small block). A merged block
 * replaces its blocks in one transaction (many groups per transaction, at most
 * {@link #BLOCKS_PER_TRANSACTION} blocks), so a crash leaves either the small blocks or the merged
 * one; it keeps the smallest id of its group, and of two copies of a fix the one from the lower id.
 *
 * <p>Not thread-safe: one thread (the store's maintenance) calls it.
 */
final class BlockCompactor {

    /** How long after its last fix a block may be merged. */
    static final Duration MIN_AGE = Duration.ofMinutes(5);
    /** The first-time range read at a time. */
    static final Duration WINDOW = Duration.ofHours(6);
    /** The most blocks merged in one transaction. */
    static final int BLOCKS_PER_TRANSACTION = 5000;

    private static final Comparator<BlockTable.BlockKey> ID_ORDER = Comparator.comparingLong(
            BlockTable.BlockKey::blockId);

    private final ConnectionSource connections;
    private long doneBeforeMillis = Long.MIN_VALUE;

    BlockCompactor(ConnectionSource connections) {
        this.connections = connections;
    }

    /** Merges what is old enough at {@code nowMillis}; returns how many blocks fewer there are. */
    long compact(long nowMillis) {
        long end = nowMillis - MIN_AGE.toMillis() - PositionBlock.MAX_SPAN_MILLIS; // blocks starting before it have ended
        if (doneBeforeMillis == Long.MIN_VALUE) {
            Long oldest = connections.read(BlockTable::oldestFirstTime);
            if (oldest == null) {
                return 0;
            }
            doneBeforeMillis = oldest;
        }
        long fewer = 0;
        while (doneBeforeMillis < end) {
            long from = doneBeforeMillis;
            long to = Math.min(end, from + WINDOW.toMillis());
            List<BlockTable.BlockKey> keys = connections.read(connection -> BlockTable.keys(connection,
                    "first_time_ms >= ? AND first_time_ms < ? AND fix_count < ?"
                            + " ORDER BY vessel_id, first_time_ms, block_id", from, to, PositionBlock.MAX_FIXES));
            fewer += merge(groups(keys));
            doneBeforeMillis = to;
        }
        return fewer;
    }

    /** {@code keys} (in vessel, first time order) cut into runs that fit in one block; runs of one left out. */
    private static List<List<BlockTable.BlockKey>> groups(List<BlockTable.BlockKey> keys) {
        List<List<BlockTable.BlockKey>> groups = new ArrayList<>();
        List<BlockTable.BlockKey> group = new ArrayList<>();
        long groupLast = 0;
        int groupFixes = 0;
        for (BlockTable.BlockKey key : keys) {
            boolean fits = !group.isEmpty() && group.getFirst().vesselId() == key.vesselId()
                    && Math.max(groupLast, key.lastTimeMillis()) - group.getFirst().firstTimeMillis()
                            < PositionBlock.MAX_SPAN_MILLIS
                    && groupFixes + key.fixCount() <= PositionBlock.MAX_FIXES;
            if (!fits) {
                if (group.size() > 1) {
                    groups.add(group);
                }
                group = new ArrayList<>();
                groupLast = Long.MIN_VALUE;
                groupFixes = 0;
            }
            group.add(key);
            groupLast = Math.max(groupLast, key.lastTimeMillis());
            groupFixes += key.fixCount();
        }
        if (group.size() > 1) {
            groups.add(group);
        }
        return groups;
    }

    /** Replaces each group by one block, {@link #BLOCKS_PER_TRANSACTION} blocks per transaction at most. */
    private long merge(List<List<BlockTable.BlockKey>> groups) {
        long fewer = 0;
        int next = 0;
        while (next < groups.size()) {
            List<List<BlockTable.BlockKey>> chunk = new ArrayList<>();
            int blocks = 0;
            while (next < groups.size() && (chunk.isEmpty() || blocks + groups.get(next).size()
                    <= BLOCKS_PER_TRANSACTION)) {
                blocks += groups.get(next).size();
                chunk.add(groups.get(next++));
            }
            fewer += blocks - chunk.size();
            connections.write(Durability.RELAXED, connection -> {
                List<PositionBlock> merged = new ArrayList<>(chunk.size());
                for (List<BlockTable.BlockKey> group : chunk) {
                    List<BlockTable.BlockKey> byId = new ArrayList<>(group);
                    byId.sort(ID_ORDER);
                    List<PositionFix> fixes = PositionBlock.distinctInTimeOrder(BlockTable.take(connection, byId));
                    if (!fixes.isEmpty()) {
                        merged.add(new PositionBlock(group.getFirst().vesselId(), byId.getFirst().blockId(), fixes));
                    }
                }
                BlockTable.insert(connection, merged);
                return null;
            });
        }
        return fewer;
    }
}
