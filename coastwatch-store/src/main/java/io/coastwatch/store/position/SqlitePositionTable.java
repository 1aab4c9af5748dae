package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

/**
 * The SQLite {@code positions} table: one table clustered on (vessel, time); retention deletes
 * through the time index, one day at a time, so that the single writer is never held for long.
 */
final class SqlitePositionTable implements PositionTable {

    private static final long DELETE_STEP_MILLIS = Duration.ofDays(1).toMillis();

    private final ConnectionSource connections;

    SqlitePositionTable(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public void prepareFor(List<PositionFix> batch) {
        // one table: nothing to create
    }

    @Override
    public void createAhead(long nowMillis) {
        // one table: nothing to create
    }

    @Override
    public long deleteOlderThan(long timeMillis) {
        Long oldest = connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT MIN(time_ms) FROM positions");
                    ResultSet row = query.executeQuery()) {
                long value = row.next() ? row.getLong(1) : 0;
                return row.wasNull() ? null : value;
            }
        });
        if (oldest == null) {
            return 0;
        }
        long deleted = 0;
        for (long bound = oldest; bound < timeMillis; ) {
            bound = Math.min(timeMillis, bound + DELETE_STEP_MILLIS);
            long stepBound = bound;
            deleted += connections.write(Durability.RELAXED, connection -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM positions WHERE time_ms < ?")) {
                    delete.setLong(1, stepBound);
                    return (long) delete.executeUpdate();
                }
            });
        }
        return deleted;
    }
}
