package io.coastwatch.store.position;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void scanBoxSkipsBlocksOutsideTheBoxInTheIndex() throws SQLException {
        String plan;
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN SELECT vessel_id, fixes FROM position_blocks"
                        + " WHERE first_time_ms > 1 AND first_time_ms < 2 AND last_time_ms >= 1 AND max_lat >= 11"
                        + " AND min_lat <= 12 AND max_lon >= 109 AND min_lon <= 110 ORDER BY first_time_ms")) {
            StringBuilder details = new StringBuilder();
            while (rows.next()) {
                details.append(rows.getString("detail")).append('\n');
            }
            plan = details.toString();
        }
        assertTrue(plan.contains("USING INDEX position_blocks_time (first_time_ms>? AND first_time_ms<?)"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), plan);
    }
}
