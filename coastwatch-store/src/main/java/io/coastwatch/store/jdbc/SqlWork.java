package io.coastwatch.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on a borrowed connection.
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
