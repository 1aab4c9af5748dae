package io.coastwatch.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a database to the current schema with Flyway. The migrations of a dialect are the SQL files
 * {@code V<version>__<description>.sql} in the class-path folder {@link Dialect#migrationFolder()};
 * each runs in its own transaction together with its row in {@value #HISTORY_TABLE}, so a migration
 * is applied entirely or not at all, and running the migrations again does nothing.
 *
 * <p>Versions are taken in blocks by the parts built side by side ({@code docs/development.md}), so a
 * migration of a lower block may land after one of a higher block has been applied: it is applied
 * then ({@code outOfOrder}). A database with a migration this code does not know (made by a newer
 * Coastwatch) is refused. On PostgreSQL Flyway locks the history table while it migrates, so two
 * processes do not migrate at once; a SQLite file is one process's (the server's).
 *
 * <p>A database migrated by the runner Coastwatch had before Flyway (table {@value #FORMER_VERSION_TABLE})
 * is taken over on first open: Flyway's history is made with one row per version that runner applied
 * (with the checksum of the file this code has), the old table is dropped, and the migrations it had
 * not applied then run. Two processes taking over the same database at the same moment are not
 * guarded against.
 */
public final class Migrations {

    /** The table in which Flyway records the applied migrations. */
    public static final String HISTORY_TABLE = "flyway_schema_history";
    /** The table of the migration runner before Flyway: {@code version, description, applied_ms}. */
    public static final String FORMER_VERSION_TABLE = "schema_version";

    private final ConnectionSource connections;
    private final Flyway flyway;

    /** The migrations of this code for the dialect of {@code connections}. */
    public Migrations(ConnectionSource connections) {
        this(connections, "classpath:" + connections.dialect().migrationFolder());
    }

    /** The migrations found at the Flyway {@code location} (tests: {@code filesystem:FOLDER}). */
    Migrations(ConnectionSource connections, String location) {
        this.connections = connections;
        this.flyway = Flyway.configure()
                .dataSource(connections.migrationSource())
                .locations(location)
                .table(HISTORY_TABLE)
                // through SLF4J, like HikariCP (the server's logging); left to detect, Flyway picks Log4j 2
                // whenever a library brings its API (POI does), which without a provider complains on stdout
                .loggers("slf4j")
                .outOfOrder(true)
                .placeholderReplacement(false)
                .baselineVersion("0")
                .baselineDescription("taken over from " + FORMER_VERSION_TABLE)
                .load();
    }

    /** The highest version of the migrations this code has. */
    public int latestVersion() {
        return Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getVersion() != null && !migration.getType().isBaseline()
                        && !isFuture(migration))
                .mapToInt(Migrations::version)
                .max().orElse(0);
    }

    /** The highest version applied to the database; 0 for none. */
    public int currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getType().isBaseline() ? 0 : version(current);
    }

    /**
     * Takes over a database of the former runner, then applies the pending migrations.
     *
     * @return how many were applied
     * @throws IllegalStateException when the database has a migration this code does not know
     */
    public int migrate() {
        takeOverFormerRunner();
        List<MigrationInfo> unknown = Arrays.stream(flyway.info().all()).filter(Migrations::isFuture).toList();
        if (!unknown.isEmpty()) {
            throw newerThanThisCode(unknown.stream().mapToInt(Migrations::version).max().orElseThrow());
        }
        return flyway.migrate().migrationsExecuted;
    }

    private void takeOverFormerRunner() {
        List<Integer> applied = connections.read(connection -> tableExists(connection, FORMER_VERSION_TABLE)
                && !tableExists(connection, HISTORY_TABLE) ? formerVersions(connection) : List.of());
        if (applied.isEmpty()) {
            return;
        }
        Map<Integer, MigrationInfo> known = Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getVersion() != null)
                .collect(Collectors.toMap(Migrations::version, Function.identity()));
        int newest = applied.getLast();
        if (!known.keySet().containsAll(applied)) {
            throw newerThanThisCode(newest);
        }
        flyway.baseline();
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                    + " success) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                int rank = 1; // the baseline's
                for (int version : applied) {
                    MigrationInfo migration = known.get(version);
                    insert.setInt(1, ++rank);
                    insert.setString(2, migration.getVersion().getVersion());
                    insert.setString(3, migration.getDescription());
                    insert.setString(4, migration.getType().name());
                    insert.setString(5, migration.getScript());
                    insert.setInt(6, migration.getChecksum());
                    insert.setString(7, "coastwatch (" + FORMER_VERSION_TABLE + ")");
                    insert.setBoolean(8, true);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            ConnectionSource.execute(connection, "DROP TABLE " + FORMER_VERSION_TABLE);
            return null;
        });
    }

    private static List<Integer> formerVersions(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version FROM " + FORMER_VERSION_TABLE + " ORDER BY version");
                ResultSet rows = query.executeQuery()) {
            List<Integer> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            return versions;
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private IllegalStateException newerThanThisCode(int version) {
        return new IllegalStateException("the database is at schema version " + version
                + ", newer than this Coastwatch knows (" + latestVersion() + "): upgrade Coastwatch");
    }

    private static boolean isFuture(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS
                || migration.getState() == MigrationState.FUTURE_FAILED;
    }

    private static int version(MigrationInfo migration) {
        return Integer.parseInt(migration.getVersion().getVersion());
    }
}
