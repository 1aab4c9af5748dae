package io.coastwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.testing.Backend;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SqliteDatabaseTest extends DatabaseContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
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
