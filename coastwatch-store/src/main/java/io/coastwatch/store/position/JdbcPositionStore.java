package io.coastwatch.store.position;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Dialect;
import io.coastwatch.store.jdbc.Durability;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The position history on SQLite or PostgreSQL, stored as per-vessel blocks: each row of
 * {@code position_blocks} holds up to {@link PositionBlock#MAX_FIXES} fixes of one vessel spanning
 * less than {@link PositionBlock#MAX_SPAN}, packed by {@link BlockCodec}, with the block's time range
 * and the bounds of its plausible fixes (the TimescaleDB answer: "segment by vessel, order by time").
 *
 * <p>{@link #append} puts the fix on a bounded queue ({@link #QUEUE_CAPACITY}) and returns; a writer
 * thread takes whatever is queued, up to {@link #MAX_BATCH} fixes, groups it by vessel (time order
 * inside, the same fix given twice kept once) and writes one block per vessel (more where the caps
 * cut it) in one transaction, {@link #GATHER_TIME} after the previous batch began (at once when a
 * full batch waits or {@link #flush} asks). At ordinary rates a fix is committed within a fraction of
 * a second of its append; when appends outpace the database, within the time of the queue ahead of it. Commits are {@link Durability#RELAXED}: a killed process loses nothing
 * committed. When the queue is full, {@code append} waits up to {@link #OFFER_WAIT} and then drops the
 * fix, counted in {@link #stats()}.
 *
 * <p>Reads take the blocks overlapping the range asked (those starting less than
 * {@link PositionBlock#MAX_SPAN} before it), decode them and keep the fixes in range, sorted; a fix
 * stored in two blocks (appended again in a later batch) is given once, the copy written first.
 *
 * <p>Maintenance, on a thread of its own: every {@link #COMPACTION_INTERVAL} the small blocks that live
 * rates make are merged ({@link BlockCompactor}); when the settings give a retention, fixes older than
 * (now − retention) are deleted at open and then every {@link #MAINTENANCE_INTERVAL}
 * ({@link BlockRetention}); on PostgreSQL that task also creates the partitions of this and the next
 * week ahead. Callers may apply any limit at any time with {@link #deleteOlderThan}. At open, a
 * database still holding the one-row-per-fix table of older versions is converted
 * ({@link LegacyPositions}).
 *
 * <p>Thread-safe: {@code append} is meant for one writer thread but works from several; reads from
 * any thread.
 */
public final class JdbcPositionStore implements PositionStore {

    /** How many fixes may wait to be written. */
    public static final int QUEUE_CAPACITY = 1 << 18;
    /** The largest batch written in one transaction. */
    public static final int MAX_BATCH = 100_000;
    /** How many times a batch is tried before it counts as failed. */
    public static final int ATTEMPTS = 5;
    /** How long {@link #append} waits for room in a full queue before dropping the fix. */
    public static final Duration OFFER_WAIT = Duration.ofSeconds(2);
    /**
     * The least time between the starts of two batches (unless a full batch waits or a flush asks):
     * fixes of a vessel that arrive within it share a block. A crash loses at most about this much
     * plus the time of one write.
     */
    public static final Duration GATHER_TIME = Duration.ofMillis(50);
    /** How often retention (and partition creation) runs. */
    public static final Duration MAINTENANCE_INTERVAL = Duration.ofHours(1);
    /** How often small blocks are merged. */
    public static final Duration COMPACTION_INTERVAL = Duration.ofMinutes(1);

    private static final System.Logger LOG = System.getLogger(JdbcPositionStore.class.getName());
    private static final String BLOCKS = "SELECT vessel_id, first_time_ms, block_id, fixes FROM position_blocks";
    private static final String OVERLAPPING = " first_time_ms > ? AND first_time_ms < ? AND last_time_ms >= ?";
    private static final String TRACK = BLOCKS + " WHERE vessel_id = ? AND" + OVERLAPPING
            + " ORDER BY first_time_ms, block_id";
    private static final String PERIOD = BLOCKS + " WHERE" + OVERLAPPING + " ORDER BY first_time_ms";
    /** On SQLite a range of the index on (first time, last time, bounds): blocks outside the box are skipped there. */
    private static final String IN_BOX = "SELECT vessel_id, fixes FROM position_blocks WHERE" + OVERLAPPING
            + " AND max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ? ORDER BY first_time_ms";

    /** The table's key order: vessel, then first time (ids rise with time, so ties keep their order). */
    private static final Comparator<PositionBlock> BLOCK_KEY_ORDER = Comparator.comparingLong(PositionBlock::vesselId)
            .thenComparingLong(PositionBlock::firstTimeMillis);
    private static final Comparator<PositionFix> PERIOD_ORDER = Comparator.comparingLong(PositionFix::timeMillis)
            .thenComparingLong(PositionFix::vesselId)
            .thenComparingInt(fix -> FixColumns.code(fix.source()));

    private final ConnectionSource connections;
    private final PositionTable table;
    private final BlockIds ids = new BlockIds(Clock.systemUTC());
    private final BlockRetention retention;
    private final BlockCompactor compactor;
    private final BatchWriter writer;
    private final ScheduledExecutorService maintenance;
    private volatile boolean closed;

    /**
     * Opens the store on migrated {@code connections} (converting a database of one row per fix first)
     * and starts its threads.
     *
     * @param retention how long fixes are kept; {@link Duration#ZERO} keeps them forever
     * @param clock the clock retention and compaction count from
     */
    public JdbcPositionStore(ConnectionSource connections, Duration retention, Clock clock) {
        this.connections = connections;
        this.table = switch (connections.dialect()) {
            case SQLITE -> new SqlitePositionTable();
            case POSTGRESQL -> new PostgresPositionTable(connections);
        };
        this.retention = new BlockRetention(connections, table);
        this.compactor = new BlockCompactor(connections);
        long converted = LegacyPositions.convert(connections, table, ids);
        if (converted > 0) {
            LOG.log(Level.INFO, "converted {0} stored positions to blocks", converted);
        }
        this.writer = new BatchWriter("coastwatch-position-writer", QUEUE_CAPACITY, MAX_BATCH, ATTEMPTS,
                OFFER_WAIT, GATHER_TIME, this::write);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("coastwatch-position-maintenance").daemon(true).factory());
        maintenance.scheduleWithFixedDelay(() -> maintain(retention, clock), 0,
                MAINTENANCE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(() -> compactQuietly(clock), COMPACTION_INTERVAL.toMillis(),
                COMPACTION_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void maintain(Duration retention, Clock clock) {
        try {
            long now = clock.millis();
            table.createAhead(now);
            if (!retention.isZero()) {
                long deleted = deleteOlderThan(now - retention.toMillis());
                if (deleted > 0) {
                    LOG.log(Level.INFO, "retention ({0}) deleted {1} positions", retention, deleted);
                }
            }
        } catch (RuntimeException e) {
            if (closed) {
                return; // cut short by close()
            }
            LOG.log(Level.ERROR, "position retention failed; it runs again in " + MAINTENANCE_INTERVAL, e);
        }
    }

    private void compactQuietly(Clock clock) {
        try {
            compact(clock.millis());
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.log(Level.ERROR, "merging position blocks failed; it runs again in " + COMPACTION_INTERVAL, e);
            }
        }
    }

    /** Merges the small blocks that are old enough at {@code nowMillis}; returns how many blocks fewer there are. */
    long compact(long nowMillis) {
        return compactor.compact(nowMillis);
    }

    private void write(List<PositionFix> batch) {
        // grouped by vessel in arrival order (a hash lookup per fix: sorting the whole batch by vessel cost several times more)
        Map<Long, List<PositionFix>> byVessel = new HashMap<>();
        for (PositionFix fix : batch) {
            byVessel.computeIfAbsent(fix.vesselId(), vessel -> new ArrayList<>()).add(fix);
        }
        List<PositionBlock> blocks = new ArrayList<>(byVessel.size());
        byVessel.forEach((vessel, fixes) -> blocks.addAll(PositionBlock.cut(vessel, fixes, ids)));
        blocks.sort(BLOCK_KEY_ORDER); // each vessel's part of the table visited once, moving forward
        table.prepareFor(blocks.stream().map(PositionBlock::firstTimeMillis).toList());
        connections.write(Durability.RELAXED, connection -> {
            BlockTable.insert(connection, blocks);
            return null;
        });
    }

    @Override
    public void append(PositionFix fix) {
        writer.offer(fix);
    }

    @Override
    public void flush() {
        writer.flush();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    @Override
    public List<PositionFix> track(long vesselId, long fromMillis, long toMillis, int limit) {
        return select(TRACK, List.of(vesselId), fromMillis, toMillis, limit, PositionBlock.TIME_ORDER);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    @Override
    public List<PositionFix> period(long fromMillis, long toMillis, int limit) {
        return select(PERIOD, List.of(), fromMillis, toMillis, limit, PERIOD_ORDER);
    }

    /**
     * Runs {@code sql} with the {@code long} parameters given, then the overlap bounds, and gathers the
     * blocks' fixes in range in {@code order}; stops reading when no further block can change the answer.
     */
    private List<PositionFix> select(String sql, List<Long> parameters, long fromMillis, long toMillis, int limit,
            Comparator<PositionFix> order) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0 || fromMillis >= toMillis) {
            return List.of();
        }
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bindOverlap(query, parameters, fromMillis, toMillis);
                Gathering gathering = new Gathering(fromMillis, toMillis, limit, order);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next() && gathering.wants(rows.getLong(2))) {
                        gathering.add(rows.getLong(3), BlockCodec.decode(rows.getLong(1), rows.getBytes(4)));
                    }
                }
                return gathering.answer();
            }
        });
    }

    /**
     * Binds {@code parameters}, then the bounds of {@link #OVERLAPPING} for {@code [from, to)}; returns the
     * next parameter index.
     */
    private static int bindOverlap(PreparedStatement query, List<Long> parameters, long fromMillis, long toMillis)
            throws SQLException {
        int index = 1;
        for (long parameter : parameters) {
            query.setLong(index++, parameter);
        }
        query.setLong(index++, Math.max(fromMillis, Long.MIN_VALUE + PositionBlock.MAX_SPAN_MILLIS)
                - PositionBlock.MAX_SPAN_MILLIS);
        query.setLong(index++, toMillis);
        query.setLong(index++, fromMillis);
        return index;
    }

    /**
     * The fixes of blocks read in first-time order, for an answer of at most {@code limit} fixes in
     * {@code order}. Now and then it keeps only the answer so far and notes the time of its last fix:
     * a block starting after that time cannot change the answer. Not thread-safe.
     */
    private static final class Gathering {

        /** A fix and the block it came from: of two copies of a fix the lower block id wins. */
        private record Entry(long blockId, PositionFix fix) {
        }

        private final long fromMillis;
        private final long toMillis;
        private final int limit;
        private final Comparator<Entry> order;
        private List<Entry> entries = new ArrayList<>();
        private long lastNeededMillis = Long.MAX_VALUE;
        private long nextLook;

        Gathering(long fromMillis, long toMillis, int limit, Comparator<PositionFix> fixOrder) {
            this.fromMillis = fromMillis;
            this.toMillis = toMillis;
            this.limit = limit;
            this.order = Comparator.comparing(Entry::fix, fixOrder).thenComparingLong(Entry::blockId);
            this.nextLook = limit;
        }

        /** Whether a block starting at {@code firstTimeMillis} may still add to the answer. */
        boolean wants(long firstTimeMillis) {
            if (entries.size() >= nextLook) {
                entries = distinctFirst();
                if (entries.size() >= limit) {
                    lastNeededMillis = entries.getLast().fix().timeMillis();
                }
                nextLook = 2L * Math.max(limit, entries.size());
            }
            return firstTimeMillis <= lastNeededMillis;
        }

        void add(long blockId, List<PositionFix> fixes) {
            for (PositionFix fix : fixes) {
                if (fix.timeMillis() >= fromMillis && fix.timeMillis() < toMillis) {
                    entries.add(new Entry(blockId, fix));
                }
            }
        }

        List<PositionFix> answer() {
            List<Entry> distinct = distinctFirst();
            List<PositionFix> fixes = new ArrayList<>(distinct.size());
            distinct.forEach(entry -> fixes.add(entry.fix()));
            return fixes;
        }

        /** The entries sorted, each fix once (the lowest block id's copy), at most {@code limit}. */
        private List<Entry> distinctFirst() {
            entries.sort(order);
            List<Entry> distinct = new ArrayList<>(Math.min(entries.size(), limit));
            Entry previous = null;
            for (Entry entry : entries) {
                if (distinct.size() == limit) {
                    break;
                }
                if (previous == null || !sameFix(previous, entry)) {
                    distinct.add(entry);
                }
                previous = entry;
            }
            return distinct;
        }

        private static boolean sameFix(Entry a, Entry b) {
            return a.fix().vesselId() == b.fix().vesselId() && a.fix().timeMillis() == b.fix().timeMillis()
                    && a.fix().source() == b.fix().source();
        }
    }

    /**
     * {@inheritDoc} Reads the blocks overlapping the period whose plausible fixes' bounds meet the box
     * (on SQLite from the index on first time, last time and bounds alone; the others are never read),
     * oldest first, and gives their plausible fixes in the period and the box. The cost grows with the
     * number of blocks in the period and with the fixes of the blocks near the box. Rows are streamed
     * (on PostgreSQL through a cursor, in a read-only transaction); the connection is held while
     * {@code receiver} runs. A fix stored twice (appended again in a later batch, before compaction has
     * merged the two blocks) may be given twice.
     */
    @Override
    public void scanBox(long fromMillis, long toMillis, double westLongitude, double southLatitude,
            double eastLongitude, double northLatitude, BoxReceiver receiver) {
        if (westLongitude > eastLongitude || southLatitude > northLatitude) {
            throw new IllegalArgumentException("box west " + westLongitude + " south " + southLatitude + " east "
                    + eastLongitude + " north " + northLatitude + " is empty or crosses the antimeridian");
        }
        if (fromMillis >= toMillis) {
            return;
        }
        boolean cursor = connections.dialect() == Dialect.POSTGRESQL; // its driver streams rows only in a transaction
        connections.read(connection -> {
            if (cursor) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement query = connection.prepareStatement(IN_BOX)) {
                int index = bindOverlap(query, List.of(), fromMillis, toMillis);
                query.setDouble(index, southLatitude);
                query.setDouble(index + 1, northLatitude);
                query.setDouble(index + 2, westLongitude);
                query.setDouble(index + 3, eastLongitude);
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        for (PositionFix fix : BlockCodec.decode(rows.getLong(1), rows.getBytes(2))) {
                            if (fix.isPlausible() && fix.timeMillis() >= fromMillis && fix.timeMillis() < toMillis
                                    && fix.latitude() >= southLatitude && fix.latitude() <= northLatitude
                                    && fix.longitude() >= westLongitude && fix.longitude() <= eastLongitude) {
                                receiver.fix(fix.vesselId(), fix.timeMillis(), fix.latitude(), fix.longitude());
                            }
                        }
                    }
                }
            } finally {
                if (cursor) {
                    connection.rollback(); // read only: nothing to keep
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    /**
     * {@inheritDoc} Exact: the blocks that straddle the limit are rewritten without their older fixes
     * ({@link BlockRetention}).
     */
    @Override
    public long deleteOlderThan(long timeMillis) {
        return retention.deleteOlderThan(timeMillis);
    }

    /** What was appended, written, failed and dropped since the store was opened. */
    public PositionStoreStats stats() {
        return writer.stats();
    }

    @Override
    public void close() {
        closed = true;
        maintenance.shutdownNow();
        writer.close();
        try {
            maintenance.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
