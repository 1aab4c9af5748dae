package io.coastwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.testing.Backend;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SqliteDatabaseTest extends DatabaseContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }

    /** A copy of a database made by commit 3887b26's store (the runner before Flyway), at version 5. */
    @Override
    protected StoreSettings formerRunnerDatabase() throws Exception {
        Path file = tempDir.resolve("former/coastwatch.db");
        Files.createDirectories(file.getParent());
        try (InputStream fixture = SqliteDatabaseTest.class.getResourceAsStream("former-runner-v5.db")) {
            Files.copy(fixture, file);
        }
        return new StoreSettings("jdbc:sqlite:" + file, null, null, Duration.ZERO);
    }

    @Test
    void theFileAndItsFolderAreCreatedInWalMode() {
        assertTrue(Files.isRegularFile(tempDir.resolve("data/coastwatch.db")));
        try (ConnectionSource connections = ConnectionSource.of(settings.jdbcUrl(), null, null)) {
            assertEquals("wal", connections.read(connection -> {
                try (PreparedStatement query = connection.prepareStatement("PRAGMA journal_mode");
                        ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }));
        }
    }

    @Test
    void anInMemoryDatabaseIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Database.open(new StoreSettings("jdbc:sqlite::memory:", null, null, Duration.ZERO)));
    }
}
