package io.coastwatch.store.testing;

import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;

/** A database the contract tests run against. */
public enum Backend {
    /** A SQLite file in a folder that does not exist yet, inside the test's temporary folder. */
    SQLITE {
        @Override
        public StoreSettings newDatabase(Path tempDir, Duration retention) {
            return new StoreSettings("jdbc:sqlite:" + tempDir.resolve("data/coastwatch.db"), null, null, retention);
        }
    },
    /** A new database on the embedded PostgreSQL server of this JVM. */
    POSTGRESQL {
        @Override
        public StoreSettings newDatabase(Path tempDir, Duration retention) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.instance();
            return new StoreSettings(server.jdbcUrl(server.newDatabase()), server.user(), null, retention);
        }
    };

    /** Settings of a new, empty database. */
    public abstract StoreSettings newDatabase(Path tempDir, Duration retention);
}
