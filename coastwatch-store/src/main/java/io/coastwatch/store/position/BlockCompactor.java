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
 * <p>It walks the history by first time in windows of {@link #WINDOW} aligned on the UNIX epoch (so
 * a merged block gathers at most one window of first times, as much as {@link PositionBlock#MAX_SPAN}
 * allows anyway), from the oldest block at the first call to the last window whose blocks have all
 * ended {@link #MIN_AGE} ago, and remembers where it stopped: later calls look only at newer windows
 * (a fix appended more than about an hour late stays in its small block). A merged block
 * replaces its blocks in one transaction (many groups per transaction, at most
 * {@link #BLOCKS_PER_TRANSACTION} blocks), so a crash leaves either the small blocks or the merged
 * one; it keeps the smallest id of its group, and of two copies of a fix the one from the lower id.
 *
 * <p>Thread-safe: calls are serialised (the store's maintenance calls it; so may tests).
 */
final class BlockCompactor {

    /** How long after its last fix a block may be merged. */
    static final Duration MIN_AGE = Duration.ofMinutes(5);
    /** The first-time range read, and merged within, at a time. */
    static final Duration WINDOW = PositionBlock.MAX_SPAN;
    /** The most blocks merged in one transaction. */
    static final int BLOCKS_PER_TRANSACTION = 5000;

    private static final Comparator<BlockTable.BlockKey> ID_ORDER = Comparator.comparingLong(
            BlockTable.BlockKey::blockId);

    private final ConnectionSource connections;
    private long doneBeforeMillis = Long.MIN_VALUE; // guarded by this

    BlockCompactor(ConnectionSource connections) {
        this.connections = connections;
    }

    /** Merges what is old enough at {@code nowMillis}; returns how many blocks fewer there are. */
    synchronized long compact(long nowMillis) {
        long window = WINDOW.toMillis();
        // blocks starting before the end have all ended MIN_AGE ago
        long end = Math.floorDiv(nowMillis - MIN_AGE.toMillis() - PositionBlock.MAX_SPAN_MILLIS, window) * window;
        if (doneBeforeMillis == Long.MIN_VALUE) {
            Long oldest = connections.read(BlockTable::oldestFirstTime);
            if (oldest == null) {
                return 0;
            }
            doneBeforeMillis = Math.floorDiv(oldest, window) * window;
        }
        long fewer = 0;
        while (doneBeforeMillis < end) {
            long from = doneBeforeMillis;
            long to = from + window;
            long span = PositionBlock.MAX_SPAN_MILLIS;
            List<BlockTable.BlockKey> keys = connections.read(connection -> BlockTable.keys(connection,
                    "first_time_ms >= ? AND first_time_ms < ? ORDER BY vessel_id, first_time_ms, block_id",
                    from - span, to + span));
            fewer += merge(groups(keys, from, to));
            doneBeforeMillis = to;
        }
        return fewer;
    }

    /**
     * Cuts {@code keys} (in vessel, first time order; with the neighbours of the window) into runs of
     * blocks starting in {@code [from, to)} that fit in one block; left out are runs of one, and runs
     * that another block of the vessel overlaps in time (merging would let the run's lowest id speak for
     * copies of fixes written after that other block).
     */
    private static List<List<BlockTable.BlockKey>> groups(List<BlockTable.BlockKey> keys, long from, long to) {
        List<List<BlockTable.BlockKey>> groups = new ArrayList<>();
        Run run = new Run();
        for (BlockTable.BlockKey key : keys) {
            if (run.vesselId != key.vesselId()) {
                run.close(null, groups);
                run = new Run();
                run.vesselId = key.vesselId();
            }
            boolean mergeable = key.firstTimeMillis() >= from && key.firstTimeMillis() < to
                    && key.fixCount() < PositionBlock.MAX_FIXES;
            if (mergeable && run.takes(key)) {
                run.add(key);
                continue;
            }
            run.close(key, groups);
            if (mergeable) {
                run.add(key);
            } else {
                run.lastBefore = Math.max(run.lastBefore, key.lastTimeMillis());
            }
        }
        run.close(null, groups);
        return groups;
    }

    /** The blocks of one vessel being gathered into a group, and what came before them. */
    private static final class Run {
        long vesselId = Long.MIN_VALUE;
        /** The latest end among the vessel's blocks before this run. */
        long lastBefore = Long.MIN_VALUE;
        List<BlockTable.BlockKey> blocks = new ArrayList<>();
        long last = Long.MIN_VALUE;
        int fixes;

        boolean takes(BlockTable.BlockKey key) {
            return !blocks.isEmpty() && Math.max(last, key.lastTimeMillis()) - blocks.getFirst().firstTimeMillis()
                    < PositionBlock.MAX_SPAN_MILLIS && fixes + key.fixCount() <= PositionBlock.MAX_FIXES;
        }

        void add(BlockTable.BlockKey key) {
            blocks.add(key);
            last = Math.max(last, key.lastTimeMillis());
            fixes += key.fixCount();
        }

        /** Ends the run before {@code next} (of the same vessel; null: none), keeping it in {@code groups} when it may merge. */
        void close(BlockTable.BlockKey next, List<List<BlockTable.BlockKey>> groups) {
            if (blocks.size() > 1 && lastBefore < blocks.getFirst().firstTimeMillis()
                    && (next == null || next.firstTimeMillis() > last)) {
                groups.add(blocks);
            }
            lastBefore = Math.max(lastBefore, last);
            blocks = new ArrayList<>();
            last = Long.MIN_VALUE;
            fixes = 0;
        }
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
