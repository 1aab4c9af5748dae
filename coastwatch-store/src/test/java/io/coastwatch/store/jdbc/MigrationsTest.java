package io.coastwatch.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.testing.Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How {@link Migrations} treats migrations that land in blocks ({@code docs/development.md}), on
 * migrations of its own in a folder of the test, on both databases.
 */
class MigrationsTest {

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMigrationOfALowerBlockLandingAfterAHigherOneIsAppliedThen(Backend backend) throws IOException {
        Path folder = migrations("V1__base.sql", "CREATE TABLE base (id INTEGER PRIMARY KEY);",
                "V30__higher_block.sql", "CREATE TABLE higher (id INTEGER PRIMARY KEY);");
        try (ConnectionSource connections = open(backend)) {
            assertEquals(2, migrations(connections, folder).migrate());

            Files.writeString(folder.resolve("V21__lower_block.sql"),
                    "CREATE TABLE lower_block (id INTEGER PRIMARY KEY REFERENCES base (id));");
            Migrations late = migrations(connections, folder);

            assertEquals(1, late.migrate());
            assertEquals(30, late.currentVersion());
            int lowerBlockRows = connections.read(connection -> count(connection, "lower_block"));
            assertEquals(0, lowerBlockRows, "the lower block's table is there, empty");
            assertEquals(0, migrations(connections, folder).migrate());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAppliedMigrationThatWasEditedStopsTheStoreFromOpening(Backend backend) throws IOException {
        Path folder = migrations("V1__base.sql", "CREATE TABLE base (id INTEGER PRIMARY KEY);");
        try (ConnectionSource connections = open(backend)) {
            migrations(connections, folder).migrate();

            Files.writeString(folder.resolve("V1__base.sql"), "CREATE TABLE base (id INTEGER PRIMARY KEY, edited TEXT);");
            Migrations edited = migrations(connections, folder);

            FlywayException failure = assertThrows(FlywayException.class, edited::migrate);
            assertTrue(failure.getMessage().contains("checksum mismatch"), failure.getMessage());
        }
    }

    private Path migrations(String... namesAndStatements) throws IOException {
        Path folder = Files.createDirectories(tempDir.resolve("migrations"));
        for (int i = 0; i < namesAndStatements.length; i += 2) {
            Files.writeString(folder.resolve(namesAndStatements[i]), namesAndStatements[i + 1]);
        }
        return folder;
    }

    private ConnectionSource open(Backend backend) {
        StoreSettings settings = backend.newDatabase(tempDir, Duration.ZERO);
        return ConnectionSource.of(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static Migrations migrations(ConnectionSource connections, Path folder) {
        return new Migrations(connections, "filesystem:" + folder);
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
