package io.coastwatch.store.tx;

import io.coastwatch.operations.common.Transactions;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Dialect;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.jdbc.SqlWork;
import io.coastwatch.store.jdbc.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link Transactions} on a store's {@link ConnectionSource}: {@link #write(Supplier)} binds one durable
 * database transaction to the calling thread while its work runs, and the store's JDBC code reaches it
 * through {@link #read(SqlWork)} and {@link #write(Durability, SqlWork)}, which mirror
 * {@code ConnectionSource}'s and join the bound transaction when there is one (else they borrow a
 * connection as {@code ConnectionSource} does). A repository built on this class therefore commits with
 * the use case that called it, together with the use case's audit record.
 *
 * <p>Calls nest: an inner {@link #write(Supplier)} runs in a savepoint of the outer transaction, rolled
 * back alone when the inner work throws (so an outer work that catches the failure commits only what
 * did not fail). A {@code SQLException} on the bound connection is thrown as {@link StoreException};
 * every other exception passes unchanged, after the rollback.
 *
 * <p>Limits: the work must stay on the calling thread (the binding is per thread), and code that joins
 * a transaction must come through this class: calling {@code ConnectionSource.write} directly inside a
 * bound transaction would, on SQLite, run on the same writer connection and commit it early.
 *
 * <p>Thread-safe.
 */
public final class JdbcTransactions implements Transactions {

    private final ConnectionSource connections;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    public JdbcTransactions(ConnectionSource connections) {
        this.connections = connections;
    }

    public Dialect dialect() {
        return connections.dialect();
    }

    @Override
    public <T> T write(Supplier<T> work) {
        Connection outer = bound.get();
        if (outer != null) {
            return inSavepoint(outer, work);
        }
        return connections.write(Durability.DURABLE, connection -> {
            bound.set(connection);
            try {
                return work.get();
            } finally {
                bound.remove();
            }
        });
    }

    /**
     * Runs {@code work} on the bound transaction's connection, or else in a transaction of its own with
     * {@code durability} (as {@link ConnectionSource#write}).
     */
    public <T> T write(Durability durability, SqlWork<T> work) {
        Connection connection = bound.get();
        return connection != null ? onBound(connection, work) : connections.write(durability, work);
    }

    /**
     * Runs {@code work} on the bound transaction's connection (so that it sees the transaction's own
     * writes), or else on a pooled connection in auto-commit mode (as {@link ConnectionSource#read}).
     */
    public <T> T read(SqlWork<T> work) {
        Connection connection = bound.get();
        return connection != null ? onBound(connection, work) : connections.read(work);
    }

    /** The connection of the transaction bound to this thread, if any. */
    public Optional<Connection> current() {
        return Optional.ofNullable(bound.get());
    }

    private static <T> T onBound(Connection connection, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database operation failed: " + e.getMessage(), e);
        }
    }

    private static <T> T inSavepoint(Connection connection, Supplier<T> work) {
        Savepoint savepoint = onBound(connection, Connection::setSavepoint);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        onBound(connection, open -> {
            open.releaseSavepoint(savepoint);
            return null;
        });
        return result;
    }
}
