package io.coastwatch.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connections of one store, pooled by HikariCP. Reads borrow a pooled connection. Writes run in
 * a transaction: on SQLite all of them on the one writer connection (a pool of one), one at a time
 * (SQLite has a single writer anyway; this spares {@code SQLITE_BUSY}), on PostgreSQL on a pooled
 * connection.
 *
 * <p>SQLite connections use WAL, {@code synchronous=NORMAL} (FULL for {@link Durability#DURABLE}
 * writes), a busy timeout and foreign keys; the file and its folder are created when missing. A
 * connection that fails and no longer answers is evicted from its pool and replaced.
 *
 * <p>The pools open their connections when the source is made, so a database that cannot be reached
 * fails {@link #of} with a {@link StoreException}. Thread-safe.
 */
public final class ConnectionSource implements AutoCloseable {

    /** How long SQLite waits for a lock held by another connection or process. */
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);
    /** How long a caller waits for a pooled connection (on SQLite, for the writer) before giving up. */
    public static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    private static final int SQLITE_READERS = 4;
    private static final int POSTGRESQL_CONNECTIONS = 8;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final Dialect dialect;
    private final String jdbcUrl;
    /** Reads, and on PostgreSQL writes too. */
    private final HikariDataSource pool;
    /** SQLite's one writer connection; the same as {@link #pool} on PostgreSQL. */
    private final HikariDataSource writer;
    /** What the migrations run on: the pool on PostgreSQL, a plain writer-configured source on SQLite. */
    private final DataSource migrationSource;

    private ConnectionSource(Dialect dialect, String jdbcUrl, HikariDataSource pool, HikariDataSource writer,
            DataSource migrationSource) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.pool = pool;
        this.writer = writer;
        this.migrationSource = migrationSource;
    }

    /**
     * Opens the connections to {@code jdbcUrl} (SQLite or PostgreSQL); on SQLite creates the file's
     * folder when missing.
     *
     * @throws StoreException when the database cannot be reached
     */
    public static ConnectionSource of(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        return switch (dialect) {
            case SQLITE -> {
                createSqliteFolder(jdbcUrl);
                HikariDataSource writer = open(jdbcUrl, "coastwatch-sqlite-writer", 1,
                        sqlite(jdbcUrl, sqliteConfig(false)));
                try {
                    HikariDataSource readers = open(jdbcUrl, "coastwatch-sqlite-readers", SQLITE_READERS,
                            sqlite(jdbcUrl, sqliteConfig(true)));
                    yield new ConnectionSource(dialect, jdbcUrl, readers, writer, sqlite(jdbcUrl, sqliteConfig(false)));
                } catch (RuntimeException e) {
                    writer.close();
                    throw e;
                }
            }
            case POSTGRESQL -> {
                HikariConfig config = config(jdbcUrl, "coastwatch-postgresql", POSTGRESQL_CONNECTIONS);
                config.setJdbcUrl(jdbcUrl);
                config.setUsername(user);
                config.setPassword(password);
                config.addDataSourceProperty("reWriteBatchedInserts", "true");
                config.addDataSourceProperty("ApplicationName", "coastwatch");
                HikariDataSource connections = open(jdbcUrl, config);
                yield new ConnectionSource(dialect, jdbcUrl, connections, connections, connections);
            }
        };
    }

    private static HikariDataSource open(String jdbcUrl, String name, int size, DataSource connections) {
        HikariConfig config = config(jdbcUrl, name, size);
        config.setDataSource(connections);
        return open(jdbcUrl, config);
    }

    private static HikariConfig config(String jdbcUrl, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(BORROW_TIMEOUT.toMillis());
        config.setValidationTimeout(Duration.ofSeconds(VALIDATION_TIMEOUT_SECONDS).toMillis());
        return config;
    }

    private static HikariDataSource open(String jdbcUrl, HikariConfig config) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("cannot connect to " + jdbcUrl + ": " + cause.getMessage(), e);
        }
    }

    private static SQLiteDataSource sqlite(String jdbcUrl, SQLiteConfig config) {
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(jdbcUrl);
        return source;
    }

    private static SQLiteConfig sqliteConfig(boolean reader) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-64 * 1024); // KiB
        if (reader) {
            config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(1L << 30));
        } else {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            // position batches dirty a page per vessel: checkpoint every 40 MB of WAL, not every 4 MB
            config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000");
        }
        return config;
    }

    private static void createSqliteFolder(String jdbcUrl) {
        String path = jdbcUrl.substring(Dialect.SQLITE.urlPrefix().length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isEmpty() || path.contains(":memory:") || path.contains("mode=memory")) {
            throw new IllegalArgumentException("a SQLite store needs a file, not '" + jdbcUrl + "'");
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the database " + path, e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode (for reads). */
    public <T> T read(SqlWork<T> work) {
        return onConnection(pool, "database operation", work);
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it
     * throws. Exceptions thrown by {@code work} other than {@link SQLException} pass unchanged.
     */
    public <T> T write(Durability durability, SqlWork<T> work) {
        if (dialect == Dialect.POSTGRESQL) {
            return onConnection(writer, "write", connection -> inTransaction(connection, transaction -> {
                if (durability == Durability.RELAXED) {
                    execute(transaction, "SET LOCAL synchronous_commit TO OFF");
                }
                return work.run(transaction);
            }));
        }
        return onConnection(writer, "write", connection -> {
            if (durability == Durability.RELAXED) {
                return inTransaction(connection, work);
            }
            execute(connection, "PRAGMA synchronous=FULL");
            try {
                return inTransaction(connection, work);
            } finally {
                execute(connection, "PRAGMA synchronous=NORMAL");
            }
        });
    }

    /** Where the migrations run ({@link Migrations}): on SQLite their own connections, with the writer's settings. */
    DataSource migrationSource() {
        return migrationSource;
    }

    private <T> T onConnection(HikariDataSource source, String what, SqlWork<T> work) {
        if (source.isClosed()) {
            throw new IllegalStateException("the store is closed");
        }
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw new StoreException("no connection to " + jdbcUrl + " within " + BORROW_TIMEOUT + ": "
                    + e.getMessage(), e);
        }
        try (connection) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (!isValid(connection)) {
                    source.evictConnection(connection);
                }
                throw new StoreException(what + " on " + jdbcUrl + " failed: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("returning a connection to " + jdbcUrl + " failed: " + e.getMessage(), e);
        }
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(connection);
            }
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters; a broken connection is evicted by the caller
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return !connection.isClosed() && connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Executes one statement without parameters. */
    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Closes every connection; connections lent out are closed when returned. */
    @Override
    public void close() {
        for (HikariDataSource source : List.of(pool, writer)) {
            source.close();
        }
    }
}
