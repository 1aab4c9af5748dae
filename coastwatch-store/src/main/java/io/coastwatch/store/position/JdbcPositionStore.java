package io.coastwatch.store.position;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Dialect;
import io.coastwatch.store.jdbc.Durability;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The position history on SQLite or PostgreSQL.
 *
 * <p>{@link #append} puts the fix on a bounded queue ({@link #QUEUE_CAPACITY}) and returns; a writer
 * thread writes whatever is queued, up to {@link #MAX_BATCH} fixes, in one transaction (a JDBC
 * batch of one prepared insert, in key order, which the PostgreSQL driver rewrites into multi-row
 * inserts) as soon as the previous batch is committed. At ordinary rates a fix is committed within
 * a fraction of a second of its append; when appends outpace the database, within the time of the
 * queue ahead of it. Commits are {@link Durability#RELAXED}: a killed process loses nothing
 * committed. A fix already stored (same vessel, time and source) is kept once. When the queue is
 * full, {@code append} waits up to {@link #OFFER_WAIT} and then drops the fix, counted in
 * {@link #stats()}.
 *
 * <p>Retention: when the settings give one, the store itself deletes fixes older than
 * (now − retention) at open and then every {@link #MAINTENANCE_INTERVAL}, on a thread of its own;
 * on PostgreSQL that task also creates the partitions of this and the next week ahead. Callers may
 * apply any limit at any time with {@link #deleteOlderThan}.
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
    /** How often retention (and partition creation) runs. */
    public static final Duration MAINTENANCE_INTERVAL = Duration.ofHours(1);

    private static final System.Logger LOG = System.getLogger(JdbcPositionStore.class.getName());
    private static final String COLUMNS = "vessel_id, time_ms, source, lat, lon, speed_knots, course_degrees,"
            + " heading_degrees, nav_status, plausibility";
    private static final String INSERT = "INSERT INTO positions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";
    private static final String TRACK = "SELECT " + COLUMNS + " FROM positions"
            + " WHERE vessel_id = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, source LIMIT ?";

    /** On SQLite a range of the covering index (time, lat, lon, plausibility; and the key) only: see V2__zones.sql. */
    private static final String IN_BOX = "SELECT vessel_id, time_ms, lat, lon FROM positions WHERE time_ms >= ? AND time_ms < ?"
            + " AND lat >= ? AND lat <= ? AND lon >= ? AND lon <= ? AND plausibility = "
            + FixColumns.code(Plausibility.PLAUSIBLE);

    private static final Comparator<PositionFix> KEY_ORDER = Comparator.comparingLong(PositionFix::vesselId)
            .thenComparingLong(PositionFix::timeMillis);

    private final ConnectionSource connections;
    private final PositionTable table;
    private final BatchWriter writer;
    private final ScheduledExecutorService maintenance;
    private volatile boolean closed;

    /**
     * Opens the store on migrated {@code connections} and starts its threads.
     *
     * @param retention how long fixes are kept; {@link Duration#ZERO} keeps them forever
     * @param clock the clock retention counts from
     */
    public JdbcPositionStore(ConnectionSource connections, Duration retention, Clock clock) {
        this.connections = connections;
        this.table = switch (connections.dialect()) {
            case SQLITE -> new SqlitePositionTable(connections);
            case POSTGRESQL -> new PostgresPositionTable(connections);
        };
        this.writer = new BatchWriter("coastwatch-position-writer", QUEUE_CAPACITY, MAX_BATCH, ATTEMPTS,
                OFFER_WAIT, this::write);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("coastwatch-position-retention").daemon(true).factory());
        maintenance.scheduleWithFixedDelay(() -> maintain(retention, clock), 0,
                MAINTENANCE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
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

    private void write(List<PositionFix> batch) {
        table.prepareFor(batch);
        // in key order: each vessel's page is visited once, moving forward
        List<PositionFix> sorted = new ArrayList<>(batch);
        sorted.sort(KEY_ORDER);
        connections.write(Durability.RELAXED, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (PositionFix fix : sorted) {
                    FixColumns.bind(insert, 1, fix);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
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
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0 || fromMillis >= toMillis) {
            return List.of();
        }
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(TRACK)) {
                query.setLong(1, vesselId);
                query.setLong(2, fromMillis);
                query.setLong(3, toMillis);
                query.setInt(4, limit);
                query.setFetchSize(Math.min(limit, 10_000));
                try (ResultSet rows = query.executeQuery()) {
                    List<PositionFix> fixes = new ArrayList<>();
                    while (rows.next()) {
                        fixes.add(FixColumns.read(rows, 1));
                    }
                    return fixes;
                }
            }
        });
    }

    /**
     * {@inheritDoc} On SQLite this reads the period's range of the covering index {@code positions_time}
     * (never the table), oldest first; on PostgreSQL the period's blocks of its partitions, through the
     * BRIN index. Either way the cost grows with the number of fixes of every vessel in the period, not
     * with the box. Rows are streamed (on PostgreSQL through a cursor, in a read-only transaction); the
     * connection is held while {@code receiver} runs.
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
                query.setLong(1, fromMillis);
                query.setLong(2, toMillis);
                query.setDouble(3, southLatitude);
                query.setDouble(4, northLatitude);
                query.setDouble(5, westLongitude);
                query.setDouble(6, eastLongitude);
                query.setFetchSize(10_000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        receiver.fix(rows.getLong(1), rows.getLong(2), rows.getDouble(3), rows.getDouble(4));
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

    @Override
    public long deleteOlderThan(long timeMillis) {
        return table.deleteOlderThan(timeMillis);
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
