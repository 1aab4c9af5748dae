package io.coastwatch.store;

import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.testing.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

class PostgresDatabaseTest extends DatabaseContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }

    /**
     * A new database migrated the way the former runner did (commit 3887b26's {@code Migrations}): its
     * {@code schema_version} table, then each migration file with its row, one transaction each.
     */
    @Override
    protected StoreSettings formerRunnerDatabase() {
        StoreSettings former = Backend.POSTGRESQL.newDatabase(tempDir, Duration.ZERO);
        try (ConnectionSource connections = ConnectionSource.of(former.jdbcUrl(), former.user(), former.password())) {
            connections.write(Durability.DURABLE, connection -> {
                ConnectionSource.execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER"
                        + " PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL)");
                return null;
            });
            for (String file : new String[] {"V1__schema", "V2__zones", "V3__alerts", "V4__registry_rules",
                    "V5__position_blocks"}) {
                connections.write(Durability.DURABLE, connection -> applyAsFormerRunner(connection, file));
            }
            connections.write(Durability.DURABLE, connection -> {
                ConnectionSource.execute(connection, "INSERT INTO accounts (username, password_hash, role, enabled,"
                        + " created_ms) VALUES ('former-admin', 'hash', 'ADMIN', TRUE, 1)");
                return null;
            });
        }
        return former;
    }

    private static Void applyAsFormerRunner(Connection connection, String file) throws SQLException {
        ConnectionSource.execute(connection, resource("/db/migration/postgresql/" + file + ".sql"));
        try (PreparedStatement row = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_ms) VALUES (?, ?, ?)")) {
            row.setInt(1, Integer.parseInt(file.substring(1, file.indexOf("__"))));
            row.setString(2, file.substring(file.indexOf("__") + 2));
            row.setLong(3, System.currentTimeMillis());
            row.executeUpdate();
        }
        return null;
    }

    private static String resource(String path) {
        try (InputStream in = PostgresDatabaseTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
