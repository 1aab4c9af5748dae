package io.coastwatch.bench.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk-loads a {@link SyntheticFleet}'s history into a store, fast, bypassing the position store's
 * queue but into the schema its migrations create.
 *
 * <p>SQLite: in key order (vessel, then time), since its table is clustered on that key whatever
 * the order rows come in (a live store's vessel pages are the same, only scattered in the file);
 * prepared-statement batches, one transaction per million rows, {@code synchronous=OFF} while
 * loading, the time index dropped and built again after.
 *
 * <p>PostgreSQL: in time order, as the store receives fixes, so that the heap has a live store's
 * layout (a vessel's fixes spread over many pages); {@code COPY} into the partitioned table, one
 * transaction per five million rows, the primary key dropped and built again after; the partitions are created first by the store itself (one fix
 * of vessel 1 per week, through {@link PositionStore}), then {@code ANALYZE}.
 */
final class PositionHistory {

    private static final int SQLITE_COMMIT_ROWS = 1_000_000;
    private static final int POSTGRES_COPY_ROWS = 5_000_000;
    private static final int COPY_CHUNK_BYTES = 1 << 22;

    private PositionHistory() {
    }

    /** Loads {@code fleet} into the (new) database {@code settings} names; returns rows per second. */
    static double load(StoreSettings settings, SyntheticFleet fleet) throws SQLException {
        boolean postgres = settings.jdbcUrl().startsWith("jdbc:postgresql:");
        try (Database database = Database.open(settings)) {
            if (postgres) {
                createPartitions(database.positions(), fleet);
            }
        }
        long start = System.nanoTime();
        if (postgres) {
            loadPostgres(settings, fleet);
        } else {
            loadSqlite(settings, fleet);
        }
        return fleet.positions() / ((System.nanoTime() - start) / 1e9);
    }

    private static void createPartitions(PositionStore positions, SyntheticFleet fleet) {
        long week = Duration.ofDays(7).toMillis();
        for (long time = SyntheticFleet.START_MILLIS; time < SyntheticFleet.START_MILLIS
                + Duration.ofDays(fleet.days() + 7).toMillis(); time += week) {
            positions.append(new PositionFix(1, time, 11, 109, 0, 0, 0, -1, FixSource.VMS, Plausibility.PLAUSIBLE));
        }
        positions.flush();
    }

    private static void loadSqlite(StoreSettings settings, SyntheticFleet fleet) throws SQLException {
        Properties properties = new Properties();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties)) {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA synchronous=OFF");
                pragmas.execute("PRAGMA cache_size=-2000000");
            }
            String timeIndex = timeIndexDefinition(connection);
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP INDEX positions_time"); // built again, sorted, after the load
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO positions (vessel_id, time_ms,"
                    + " source, lat, lon, speed_knots, course_degrees, heading_degrees, nav_status, plausibility)"
                    + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 0)")) {
                long rows = 0;
                for (int vessel = 0; vessel < fleet.vessels(); vessel++) {
                    for (long k = 0; k < fleet.fixesPerVessel(); k++) {
                        PositionFix fix = fleet.fix(vessel, k);
                        insert.setLong(1, fix.vesselId());
                        insert.setLong(2, fix.timeMillis());
                        insert.setDouble(3, fix.latitude());
                        insert.setDouble(4, fix.longitude());
                        insert.setDouble(5, fix.speedKnots());
                        insert.setDouble(6, fix.courseDegrees());
                        insert.setInt(7, fix.headingDegrees());
                        insert.setInt(8, fix.navigationStatus());
                        insert.addBatch();
                        if (++rows % 10_000 == 0) {
                            insert.executeBatch();
                        }
                        if (rows % SQLITE_COMMIT_ROWS == 0) {
                            connection.commit();
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute(timeIndex);
                checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    private static String timeIndexDefinition(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery(
                        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'positions_time'")) {
            if (!row.next()) {
                throw new IllegalStateException("the schema has no index positions_time");
            }
            return row.getString(1);
        }
    }

    private static void loadPostgres(StoreSettings settings, SyntheticFleet fleet) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            String primaryKey = primaryKeyDefinition(connection);
            try (Statement drop = connection.createStatement()) {
                drop.execute("ALTER TABLE positions DROP CONSTRAINT positions_pkey"); // built again, sorted, after
            }
            CopyIn copy = null;
            StringBuilder lines = new StringBuilder(COPY_CHUNK_BYTES + 200);
            long rows = 0;
            for (long k = 0; k < fleet.fixesPerVessel(); k++) {
                for (int vessel = 0; vessel < fleet.vessels(); vessel++) {
                    if (copy == null) {
                        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY positions (vessel_id,"
                                + " time_ms, source, lat, lon, speed_knots, course_degrees, heading_degrees, nav_status,"
                                + " plausibility) FROM STDIN (FORMAT text)");
                    }
                    PositionFix fix = fleet.fix(vessel, k);
                    lines.append(fix.vesselId()).append('\t').append(fix.timeMillis()).append("\t1\t")
                            .append(fix.latitude()).append('\t').append(fix.longitude()).append('\t')
                            .append(fix.speedKnots()).append('\t').append(fix.courseDegrees()).append('\t')
                            .append(fix.headingDegrees()).append('\t').append(fix.navigationStatus()).append("\t0\n");
                    if (lines.length() >= COPY_CHUNK_BYTES) {
                        send(copy, lines);
                    }
                    if (++rows % POSTGRES_COPY_ROWS == 0) {
                        send(copy, lines);
                        copy.endCopy();
                        copy = null;
                    }
                }
            }
            if (copy != null) {
                send(copy, lines);
                copy.endCopy();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("SET maintenance_work_mem = '1GB'");
                analyze.execute("ALTER TABLE positions ADD CONSTRAINT positions_pkey " + primaryKey);
                analyze.execute("ANALYZE positions");
            }
        }
    }

    private static String primaryKeyDefinition(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'positions'::regclass AND conname = 'positions_pkey'")) {
            if (!row.next()) {
                throw new IllegalStateException("the schema has no primary key positions_pkey");
            }
            return row.getString(1);
        }
    }

    private static void send(CopyIn copy, StringBuilder lines) throws SQLException {
        byte[] bytes = lines.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        lines.setLength(0);
    }
}
