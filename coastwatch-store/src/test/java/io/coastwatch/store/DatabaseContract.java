package io.coastwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coastwatch.store.account.Account;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Migrations;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening, migrating and reopening a database, run against every backend. */
abstract class DatabaseContract extends DatabaseTestBase {

    private ConnectionSource connections() {
        return ConnectionSource.of(settings.jdbcUrl(), settings.user(), settings.password());
    }

    @Test
    void reopeningAppliesNoMigrationTwiceAndKeepsTheData() {
        database.accounts().create(Account.local("admin", "h", java.util.List.of(RoleAssignment.atRoot(Role.SYSTEM_ADMIN)), 1L));

        reopen(Duration.ZERO);
        reopen(Duration.ofDays(30));

        try (ConnectionSource connections = connections()) {
            Migrations migrations = new Migrations(connections);
            assertEquals(0, migrations.migrate());
            assertEquals(migrations.latestVersion(), migrations.currentVersion());
            List<Integer> versions = connections.read(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT version FROM " + Migrations.VERSION_TABLE + " ORDER BY version");
                        ResultSet rows = query.executeQuery()) {
                    List<Integer> applied = new java.util.ArrayList<>();
                    while (rows.next()) {
                        applied.add(rows.getInt(1));
                    }
                    return applied;
                }
            });
            assertEquals(1, versions.getFirst());
            // Versions may leave gaps (numbers are handed out per branch): the last applied is the latest.
            assertEquals(migrations.latestVersion(), versions.getLast());
        }
        assertEquals(1, database.accounts().all().size());
    }

    @Test
    void aDatabaseNewerThanThisCodeIsRefused() {
        try (ConnectionSource connections = connections()) {
            connections.write(io.coastwatch.store.jdbc.Durability.DURABLE, connection -> {
                ConnectionSource.execute(connection, "INSERT INTO " + Migrations.VERSION_TABLE
                        + " (version, description, applied_ms) VALUES (999, 'future', 0)");
                return null;
            });
        }
        database.close();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Database.open(settings));

        assertEquals(true, failure.getMessage().contains("newer than this Coastwatch knows"), failure.getMessage());
        database = Database.open(new StoreSettings("jdbc:sqlite:" + tempDir.resolve("other.db"), null, null,
                Duration.ZERO));
    }

    @Test
    void anUnsupportedUrlIsRefusedClearly() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Database.open(new StoreSettings("jdbc:mysql://127.0.0.1/db", null, null, Duration.ZERO)));

        assertEquals(true, failure.getMessage().contains("jdbc:sqlite:"), failure.getMessage());
    }
}
