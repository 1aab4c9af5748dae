package io.coastwatch.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The connections of one store. Reads borrow a connection from a small pool. Writes run in a
 * transaction: on SQLite all of them on the one writer connection, one at a time (SQLite has a
 * single writer anyway; this spares {@code SQLITE_BUSY}), on PostgreSQL on a pooled connection.
 *
 * <p>SQLite connections use WAL, {@code synchronous=NORMAL} (FULL for {@link Durability#DURABLE}
 * writes), a busy timeout and foreign keys; the file and its folder are created when missing.
 * A connection that fails and no longer answers is closed and replaced on next use.
 *
 * <p>Thread-safe.
 */
public final class ConnectionSource implements AutoCloseable {

    /** How long SQLite waits for a lock held by another connection or process. */
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);
    /** How long a caller waits for a pooled connection before giving up. */
    public static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    private static final int SQLITE_READERS = 4;
    private static final int POSTGRESQL_CONNECTIONS = 8;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final Dialect dialect;
    private final String jdbcUrl;
    private final Properties writerProperties;
    private final Properties poolProperties;
    private final LinkedBlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final Semaphore poolPermits;
    private final ReentrantLock writerLock = new ReentrantLock();
    private Connection writer; // SQLite only, guarded by writerLock
    private volatile boolean closed;

    private ConnectionSource(Dialect dialect, String jdbcUrl, Properties writerProperties, Properties poolProperties,
            int poolSize) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.writerProperties = writerProperties;
        this.poolProperties = poolProperties;
        this.poolPermits = new Semaphore(poolSize, true);
    }

    /**
     * Prepares the connections to {@code jdbcUrl} (SQLite or PostgreSQL); on SQLite creates the
     * file's folder when missing. Connections are opened on first use.
     */
    public static ConnectionSource of(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        return switch (dialect) {
            case SQLITE -> {
                createSqliteFolder(jdbcUrl);
                yield new ConnectionSource(dialect, jdbcUrl, sqliteProperties(false), sqliteProperties(true),
                        SQLITE_READERS);
            }
            case POSTGRESQL -> {
                Properties properties = new Properties();
                if (user != null) {
                    properties.setProperty("user", user);
                }
                if (password != null) {
                    properties.setProperty("password", password);
                }
                properties.setProperty("reWriteBatchedInserts", "true");
                properties.setProperty("ApplicationName", "coastwatch");
                yield new ConnectionSource(dialect, jdbcUrl, properties, properties, POSTGRESQL_CONNECTIONS);
            }
        };
    }

    private static Properties sqliteProperties(boolean reader) {
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
        return config.toProperties();
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
        return onPooledConnection(work);
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it
     * throws. Exceptions thrown by {@code work} other than {@link SQLException} pass unchanged.
     */
    public <T> T write(Durability durability, SqlWork<T> work) {
        if (dialect == Dialect.POSTGRESQL) {
            return onPooledConnection(connection -> inTransaction(connection, transaction -> {
                if (durability == Durability.RELAXED) {
                    execute(transaction, "SET LOCAL synchronous_commit TO OFF");
                }
                return work.run(transaction);
            }));
        }
        writerLock.lock();
        try {
            Connection connection = sqliteWriter();
            try {
                if (durability == Durability.DURABLE) {
                    execute(connection, "PRAGMA synchronous=FULL");
                }
                try {
                    return inTransaction(connection, work);
                } finally {
                    if (durability == Durability.DURABLE) {
                        execute(connection, "PRAGMA synchronous=NORMAL");
                    }
                }
            } catch (SQLException e) {
                discardIfBroken(connection);
                throw new StoreException("write to " + jdbcUrl + " failed: " + e.getMessage(), e);
            }
        } finally {
            writerLock.unlock();
        }
    }

    private Connection sqliteWriter() {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        if (writer == null) {
            writer = connect(writerProperties);
        }
        return writer;
    }

    private void discardIfBroken(Connection connection) {
        if (!isValid(connection)) {
            closeQuietly(connection);
            if (connection == writer) {
                writer = null;
            }
        }
    }

    private <T> T onPooledConnection(SqlWork<T> work) {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        try {
            if (!poolPermits.tryAcquire(BORROW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException("no database connection became free within " + BORROW_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        try {
            Connection connection = idle.poll();
            if (connection == null) {
                connection = connect(poolProperties);
            }
            boolean healthy = true;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                healthy = isValid(connection);
                throw new StoreException("database operation on " + jdbcUrl + " failed: " + e.getMessage(), e);
            } finally {
                if (healthy && !closed) {
                    idle.add(connection);
                } else {
                    closeQuietly(connection);
                }
            }
        } finally {
            poolPermits.release();
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
            // the original failure is what matters; a broken connection is discarded by the caller
        }
    }

    private Connection connect(Properties properties) {
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return !connection.isClosed() && connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing more to do
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
        closed = true;
        writerLock.lock();
        try {
            if (writer != null) {
                closeQuietly(writer);
                writer = null;
            }
        } finally {
            writerLock.unlock();
        }
        Connection connection;
        while ((connection = idle.poll()) != null) {
            closeQuietly(connection);
        }
    }
}
