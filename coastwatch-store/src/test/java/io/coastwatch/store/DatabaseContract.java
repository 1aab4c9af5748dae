package io.coastwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.account.Account;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Dialect;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.jdbc.Migrations;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening, migrating and reopening a database, run against every backend. */
abstract class DatabaseContract extends DatabaseTestBase {

    /** The versions the runner before Flyway had applied to the databases it left behind. */
    static final List<Integer> FORMER_RUNNER_VERSIONS = List.of(1, 2, 3, 4, 5);

    /**
     * Settings of a database migrated by the runner Coastwatch had before Flyway (commit 3887b26) to
     * {@link #FORMER_RUNNER_VERSIONS}, with one account, {@code former-admin}.
     */
    protected abstract StoreSettings formerRunnerDatabase() throws Exception;

    private static ConnectionSource connections(StoreSettings settings) {
        return ConnectionSource.of(settings.jdbcUrl(), settings.user(), settings.password());
    }

    @Test
    void reopeningAppliesNoMigrationTwiceAndKeepsTheData() {
        database.accounts().create(Account.local("admin", "h", java.util.List.of(RoleAssignment.atRoot(Role.SYSTEM_ADMIN)), 1L));

        reopen(Duration.ZERO);
        reopen(Duration.ofDays(30));

        try (ConnectionSource connections = connections(settings)) {
            Migrations migrations = new Migrations(connections);
            assertEquals(0, migrations.migrate());
            assertEquals(migrations.latestVersion(), migrations.currentVersion());
            List<Integer> versions = connections.read(DatabaseContract::appliedVersions);
            assertEquals(1, versions.getFirst());
            // Versions may leave gaps (numbers are handed out per block): the last applied is the latest.
            assertEquals(migrations.latestVersion(), versions.getLast());
            assertEquals(versions.stream().distinct().toList(), versions, "a migration applied twice");
        }
        assertEquals(1, database.accounts().all().size());
    }

    @Test
    void aDatabaseNewerThanThisCodeIsRefused() {
        try (ConnectionSource connections = connections(settings)) {
            connections.write(Durability.DURABLE, connection -> {
                ConnectionSource.execute(connection, "INSERT INTO " + Migrations.HISTORY_TABLE
                        + " (installed_rank, version, description, type, script, checksum, installed_by,"
                        + " execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__future.sql',"
                        + " 0, 'newer coastwatch', 0, " + (connections.dialect() == Dialect.SQLITE ? "1" : "TRUE")
                        + ")");
                return null;
            });
        }
        database.close();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Database.open(settings));

        assertTrue(failure.getMessage().contains("newer than this Coastwatch knows"), failure.getMessage());
        database = Database.open(new StoreSettings("jdbc:sqlite:" + tempDir.resolve("other.db"), null, null,
                Duration.ZERO));
    }

    @Test
    void aDatabaseOfTheFormerRunnerIsTakenOverAndMigratedToTheLatestVersion() throws Exception {
        StoreSettings former = formerRunnerDatabase();

        database.close();
        database = Database.open(former);

        assertEquals(List.of("former-admin"), database.accounts().all().stream().map(Account::username).toList());
        try (ConnectionSource connections = connections(former)) {
            Migrations migrations = new Migrations(connections);
            assertEquals(migrations.latestVersion(), migrations.currentVersion());
            List<Integer> versions = connections.read(DatabaseContract::appliedVersions);
            assertEquals(FORMER_RUNNER_VERSIONS, versions.subList(0, FORMER_RUNNER_VERSIONS.size()));
            assertEquals(migrations.latestVersion(), versions.getLast());
            boolean formerTableLeft = connections.read(connection -> tableExists(connection, Migrations.FORMER_VERSION_TABLE));
            assertFalse(formerTableLeft, "the former runner's table is dropped");
            assertEquals(0, migrations.migrate(), "Flyway validates the taken-over history and applies nothing");
        }
        database.close();
        database = Database.open(former);
        assertEquals(1, database.accounts().all().size());
    }

    @Test
    void anUnsupportedUrlIsRefusedClearly() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Database.open(new StoreSettings("jdbc:mysql://127.0.0.1/db", null, null, Duration.ZERO)));

        assertTrue(failure.getMessage().contains("jdbc:sqlite:"), failure.getMessage());
    }

    /** The versions applied, in the order applied, without Flyway's baseline row. */
    private static List<Integer> appliedVersions(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM "
                + Migrations.HISTORY_TABLE + " WHERE type <> 'BASELINE' AND version IS NOT NULL AND success"
                + " ORDER BY installed_rank");
                ResultSet rows = query.executeQuery()) {
            List<Integer> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(Integer.parseInt(rows.getString(1)));
            }
            return applied;
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
