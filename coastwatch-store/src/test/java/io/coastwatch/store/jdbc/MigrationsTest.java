package io.coastwatch.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.testing.Backend;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
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

    @ParameterizedTest
    @EnumSource(Backend.class)
    void v9SpellsTheStoredZoneKindsInKebabCase(Backend backend) throws IOException, URISyntaxException {
        try (ConnectionSource connections = open(backend)) {
            Path real = Path.of(Objects.requireNonNull(MigrationsTest.class.getClassLoader()
                    .getResource(connections.dialect().migrationFolder())).toURI());
            Path folder = Files.createDirectories(tempDir.resolve("migrations"));
            try (Stream<Path> files = Files.list(real)) {
                for (Path file : files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                        .filter(file -> version(file) < 9).toList()) {
                    Files.copy(file, folder.resolve(file.getFileName().toString()));
                }
            }
            migrations(connections, folder).migrate();
            connections.write(Durability.DURABLE, connection -> {
                update(connection, "INSERT INTO zones VALUES ('MPA-1', 'Hòn Cau', 'mpa',"
                        + " '{\"type\":\"Feature\",\"properties\":{\"id\":\"MPA-1\",\"kind\":\"mpa\"}}', 1, 'admin', 1)");
                update(connection, "INSERT INTO zones VALUES ('AOR-1', 'Cà Ná', 'aor',"
                        + " '{\"properties\": {\"kind\": \"aor\"}}', 1, 'admin', 1)");
                update(connection, "INSERT INTO zone_changes (zone_id, time_ms, username, action, before_feature,"
                        + " after_feature) VALUES ('MPA-1', 1, 'admin', 'updated', '{\"kind\":\"restricted\"}',"
                        + " '{\"kind\":\"mpa\"}')");
                update(connection, "INSERT INTO rule_definitions VALUES ('mpa-dwell',"
                        + " '{\"id\":\"mpa-dwell\",\"scope\":{\"zoneKinds\":[\"mpa\",\"territorial_sea\",\"eez\"]}}',"
                        + " 'admin', 1)");
                return null;
            });
            Files.copy(real.resolve("V9__zone_kind_slugs.sql"), folder.resolve("V9__zone_kind_slugs.sql"));

            assertEquals(1, migrations(connections, folder).migrate());
            assertEquals(List.of("station-area|{\"properties\": {\"kind\": \"station-area\"}}",
                    "marine-protected-area|{\"type\":\"Feature\",\"properties\":{\"id\":\"MPA-1\","
                            + "\"kind\":\"marine-protected-area\"}}"),
                    rows(connections, "SELECT kind || '|' || feature FROM zones ORDER BY id"));
            assertEquals(List.of("{\"kind\":\"restricted-area\"}|{\"kind\":\"marine-protected-area\"}"),
                    rows(connections, "SELECT before_feature || '|' || after_feature FROM zone_changes"));
            assertEquals(List.of("{\"id\":\"mpa-dwell\",\"scope\":{\"zoneKinds\":[\"marine-protected-area\","
                    + "\"territorial-sea\",\"eez\"]}}"), rows(connections, "SELECT definition FROM rule_definitions"));
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static List<String> rows(ConnectionSource connections, String sql) {
        return connections.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
            return rows;
        });
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
