package io.coastwatch.store.position;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.testing.Backend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SqlitePositionStoreTest extends PositionStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }

    @Test
    void scanBoxReadsTheCoveringIndexOnly() throws SQLException {
        String plan;
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN SELECT vessel_id, time_ms, lat, lon FROM positions"
                        + " WHERE time_ms >= 1 AND time_ms < 2 AND lat >= 11 AND lat <= 12 AND lon >= 109"
                        + " AND lon <= 110 AND plausibility = 0")) {
            StringBuilder details = new StringBuilder();
            while (rows.next()) {
                details.append(rows.getString("detail")).append('\n');
            }
            plan = details.toString();
        }
        assertTrue(plan.contains("USING COVERING INDEX positions_time (time_ms>? AND time_ms<?)"), plan);
    }
}
