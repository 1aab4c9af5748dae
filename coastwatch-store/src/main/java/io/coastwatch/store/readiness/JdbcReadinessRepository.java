package io.coastwatch.store.readiness;

import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.readiness.ReadinessLevel;
import io.coastwatch.operations.readiness.ReadinessOrder;
import io.coastwatch.operations.readiness.ReadinessRepository;
import io.coastwatch.operations.readiness.ResourceStatus;
import io.coastwatch.operations.readiness.StatusChange;
import io.coastwatch.operations.readiness.StatusTimeline;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ReadinessRepository} on {@code readiness_orders} and {@code resource_status_changes}, both
 * appended to only. Joins the caller's transaction ({@link JdbcTransactions}). Thread-safe.
 */
public final class JdbcReadinessRepository implements ReadinessRepository {

    private static final String ORDER_COLUMNS = "unit_id, effective_at_ms, level, order_ref, reason, set_by, recorded_at_ms";
    private static final String CHANGE_COLUMNS =
            "resource_id, effective_at_ms, status, reason, expected_return_ms, recorded_by, recorded_at_ms";

    private final JdbcTransactions transactions;

    public JdbcReadinessRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(ReadinessOrder order) {
        transactions.write(Durability.DURABLE, connection -> {
            if (exists(connection, "readiness_orders", "unit_id", order.unitId(), order.effectiveAt())) {
                throw new StateConflict("unit " + order.unitId() + " has a readiness order effective at " + order.effectiveAt());
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO readiness_orders (" + ORDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, order.unitId());
                insert.setLong(2, order.effectiveAt().toEpochMilli());
                insert.setString(3, order.level().slug());
                insert.setString(4, order.order());
                insert.setString(5, order.reason());
                insert.setString(6, order.setBy());
                insert.setLong(7, order.recordedAt().toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ReadinessOrder> orders(String unitId) {
        return transactions.read(connection -> orders(connection,
                "SELECT " + ORDER_COLUMNS + " FROM readiness_orders WHERE unit_id = ? ORDER BY effective_at_ms", unitId));
    }

    @Override
    public Map<String, ReadinessOrder> ordersAt(Instant at) {
        List<ReadinessOrder> orders = transactions.read(connection -> orders(connection, "SELECT " + ORDER_COLUMNS
                + " FROM readiness_orders o WHERE effective_at_ms = (SELECT MAX(effective_at_ms) FROM readiness_orders"
                + " WHERE unit_id = o.unit_id AND effective_at_ms <= ?)", at.toEpochMilli()));
        Map<String, ReadinessOrder> byUnit = new HashMap<>();
        orders.forEach(order -> byUnit.put(order.unitId(), order));
        return byUnit;
    }

    @Override
    public void append(StatusChange change) {
        transactions.write(Durability.DURABLE, connection -> {
            if (exists(connection, "resource_status_changes", "resource_id", change.resourceId(), change.from())) {
                throw new StateConflict("resource " + change.resourceId() + " has a status change at " + change.from());
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO resource_status_changes (" + CHANGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, change.resourceId());
                insert.setLong(2, change.from().toEpochMilli());
                insert.setString(3, change.status().slug());
                insert.setString(4, change.reason());
                if (change.expectedReturn() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, change.expectedReturn().toEpochMilli());
                }
                insert.setString(6, change.recordedBy());
                insert.setLong(7, change.recordedAt().toEpochMilli());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public StatusTimeline timeline(String resourceId) {
        List<StatusChange> changes = transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM resource_status_changes WHERE resource_id = ? ORDER BY effective_at_ms")) {
                query.setString(1, resourceId);
                return changes(query);
            }
        });
        return new StatusTimeline(resourceId, changes);
    }

    @Override
    public Map<String, StatusTimeline> timelines(Collection<String> resourceIds, Instant start, Instant end) {
        if (resourceIds.isEmpty()) {
            return Map.of();
        }
        String ids = String.join(", ", Collections.nCopies(resourceIds.size(), "?"));
        List<StatusChange> changes = transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + CHANGE_COLUMNS
                    + " FROM resource_status_changes c WHERE resource_id IN (" + ids + ") AND effective_at_ms < ?"
                    + " AND effective_at_ms >= COALESCE((SELECT MAX(effective_at_ms) FROM resource_status_changes"
                    + " WHERE resource_id = c.resource_id AND effective_at_ms <= ?), ?)"
                    + " ORDER BY resource_id, effective_at_ms")) {
                int index = 1;
                for (String id : resourceIds) {
                    query.setString(index++, id);
                }
                query.setLong(index++, end.toEpochMilli());
                query.setLong(index++, start.toEpochMilli());
                query.setLong(index, start.toEpochMilli());
                return changes(query);
            }
        });
        Map<String, List<StatusChange>> byResource = new LinkedHashMap<>();
        changes.forEach(change -> byResource.computeIfAbsent(change.resourceId(), id -> new ArrayList<>()).add(change));
        Map<String, StatusTimeline> timelines = new LinkedHashMap<>();
        byResource.forEach((id, ofResource) -> timelines.put(id, new StatusTimeline(id, ofResource)));
        return timelines;
    }

    private static boolean exists(Connection connection, String table, String keyColumn, String key, Instant at)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM " + table + " WHERE " + keyColumn + " = ? AND effective_at_ms = ?")) {
            query.setString(1, key);
            query.setLong(2, at.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<ReadinessOrder> orders(Connection connection, String sql, Object parameter) throws SQLException {
        List<ReadinessOrder> orders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    orders.add(new ReadinessOrder(rows.getString(1), ReadinessLevel.of(rows.getString(3)),
                            rows.getString(4), rows.getString(5), Instant.ofEpochMilli(rows.getLong(2)),
                            rows.getString(6), Instant.ofEpochMilli(rows.getLong(7))));
                }
            }
        }
        return orders;
    }

    private static List<StatusChange> changes(PreparedStatement query) throws SQLException {
        List<StatusChange> changes = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long expectedReturn = rows.getLong(5);
                Instant expected = rows.wasNull() ? null : Instant.ofEpochMilli(expectedReturn);
                changes.add(new StatusChange(rows.getString(1), ResourceStatus.of(rows.getString(3)),
                        Instant.ofEpochMilli(rows.getLong(2)), rows.getString(4), expected, rows.getString(6),
                        Instant.ofEpochMilli(rows.getLong(7))));
            }
        }
        return changes;
    }
}
