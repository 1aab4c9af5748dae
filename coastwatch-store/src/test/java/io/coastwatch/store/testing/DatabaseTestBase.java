package io.coastwatch.store.testing;

import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Opens a new database of {@link #backend()} before each test and closes it after. */
public abstract class DatabaseTestBase {

    @TempDir
    protected Path tempDir;

    /** The settings of this test's database (no retention). */
    protected StoreSettings settings;

    /** This test's open database. */
    protected Database database;

    /** The database the test runs against. */
    protected abstract Backend backend();

    @BeforeEach
    void openDatabase() {
        settings = backend().newDatabase(tempDir, Duration.ZERO);
        database = Database.open(settings);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** Closes the database and opens it again with {@code retention}. */
    protected Database reopen(Duration retention) {
        database.close();
        database = Database.open(new StoreSettings(settings.jdbcUrl(), settings.user(), settings.password(), retention));
        return database;
    }
}
