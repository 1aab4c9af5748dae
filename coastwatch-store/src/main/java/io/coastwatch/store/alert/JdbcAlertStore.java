package io.coastwatch.store.alert;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.port.AlertPage;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.engine.port.OutboxMessage;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.Columns;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.position.FixColumns;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The {@link AlertStore} on the {@code alerts}, {@code alert_events}, {@code alert_evidence} and
 * {@code webhook_outbox} tables of both dialects. New deliveries are due at once (by the clock given,
 * not by event time). Thread-safe.
 */
public final class JdbcAlertStore implements AlertStore {

    private static final String ALERT_COLUMNS = "id, rule_id, rule_type, vessel_id, other_vessel_id, zone_id, severity,"
            + " state, first_ms, last_ms, ended_ms, lat, lon, summary, figures, updates, assigned_unit_id";
    private static final String OUTBOX_COLUMNS = "id, alert_id, url, event, payload, attempts, created_ms,"
            + " next_attempt_ms, delivered_ms, last_error";
    private static final String EVIDENCE_FIX_COLUMNS = "vessel_id, time_ms, source, lat, lon, speed_knots,"
            + " course_degrees, heading_degrees, nav_status, plausibility";

    private final JdbcTransactions connections;
    private final Clock clock;
    private final FiguresJson figures = new FiguresJson();

    public JdbcAlertStore(JdbcTransactions connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public Alert create(Alert alert, AlertEvent event, List<PositionFix> evidence,
            Function<Alert, List<OutboxMessage>> webhooks) {
        return connections.write(Durability.DURABLE, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alerts (rule_id, rule_type,"
                    + " vessel_id, other_vessel_id, zone_id, severity, state, first_ms, last_ms, ended_ms, lat, lon,"
                    + " summary, figures, updates, key_vessel_id, assigned_unit_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")) {
                bindAlert(insert, alert);
                try (ResultSet generated = insertChecked(insert, alert)) {
                    generated.next();
                    id = generated.getLong(1);
                }
            }
            Alert stored = alert.withId(id);
            record(connection, stored, event, evidence, webhooks);
            return stored;
        });
    }

    @Override
    public void update(Alert alert, AlertEvent event, List<PositionFix> evidence,
            Function<Alert, List<OutboxMessage>> webhooks) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE alerts SET rule_id = ?, rule_type = ?,"
                    + " vessel_id = ?, other_vessel_id = ?, zone_id = ?, severity = ?, state = ?, first_ms = ?,"
                    + " last_ms = ?, ended_ms = ?, lat = ?, lon = ?, summary = ?, figures = ?, updates = ?,"
                    + " key_vessel_id = ?, assigned_unit_id = ? WHERE id = ?")) {
                bindAlert(update, alert);
                update.setLong(18, alert.id());
                int updated;
                try {
                    updated = update.executeUpdate();
                } catch (SQLException e) {
                    throw uniqueViolation(e, alert);
                }
                if (updated == 0) {
                    throw new IllegalStateException("there is no alert " + alert.id() + " to update");
                }
            }
            record(connection, alert, event, evidence, webhooks);
            return null;
        });
    }

    private ResultSet insertChecked(PreparedStatement insert, Alert alert) throws SQLException {
        try {
            return insert.executeQuery();
        } catch (SQLException e) {
            throw uniqueViolation(e, alert);
        }
    }

    /** The open-key unique index refused the row: a caller's error, not a database failure. */
    private static SQLException uniqueViolation(SQLException e, Alert alert) {
        String message = String.valueOf(e.getMessage());
        if ("23505".equals(e.getSQLState()) || message.contains("UNIQUE constraint failed")) {
            throw new IllegalStateException("an open alert with key " + alert.key() + " exists already", e);
        }
        return e;
    }

    /** The history step, evidence and deliveries of a change to {@code alert}. */
    private void record(Connection connection, Alert alert, AlertEvent event, List<PositionFix> evidence,
            Function<Alert, List<OutboxMessage>> webhooks) throws SQLException {
        if (event != null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO alert_events (alert_id, time_ms, user_name, action, comment, unit_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, alert.id());
                insert.setLong(2, event.timeMillis());
                insert.setString(3, event.user());
                insert.setString(4, event.action());
                Columns.setString(insert, 5, event.comment());
                Columns.setString(insert, 6, event.unitId());
                insert.executeUpdate();
            }
        }
        if (!evidence.isEmpty()) {
            appendEvidence(connection, alert.id(), evidence);
        }
        List<OutboxMessage> messages = webhooks.apply(alert);
        if (!messages.isEmpty()) {
            long now = clock.millis();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_outbox (alert_id, url,"
                    + " event, payload, attempts, created_ms, next_attempt_ms) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
                for (OutboxMessage message : messages) {
                    insert.setLong(1, alert.id());
                    insert.setString(2, message.url());
                    insert.setString(3, message.event());
                    insert.setString(4, message.payload());
                    insert.setLong(5, now);
                    insert.setLong(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static void appendEvidence(Connection connection, long alertId, List<PositionFix> evidence)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alert_evidence (alert_id, "
                + EVIDENCE_FIX_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (alert_id, vessel_id, time_ms, source) DO NOTHING")) {
            for (PositionFix fix : evidence) {
                insert.setLong(1, alertId);
                FixColumns.bind(insert, 2, fix);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long cutoffMillis;
        try (PreparedStatement cutoff = connection.prepareStatement("SELECT time_ms FROM alert_evidence"
                + " WHERE alert_id = ? ORDER BY time_ms DESC LIMIT 1 OFFSET ?")) {
            cutoff.setLong(1, alertId);
            cutoff.setInt(2, MAX_EVIDENCE);
            try (ResultSet row = cutoff.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                cutoffMillis = row.getLong(1);
            }
        }
        try (PreparedStatement trim = connection.prepareStatement(
                "DELETE FROM alert_evidence WHERE alert_id = ? AND time_ms <= ?")) {
            trim.setLong(1, alertId);
            trim.setLong(2, cutoffMillis);
            trim.executeUpdate();
        }
    }

    private void bindAlert(PreparedStatement statement, Alert alert) throws SQLException {
        statement.setString(1, alert.ruleId());
        statement.setString(2, alert.ruleType().slug());
        statement.setLong(3, alert.vesselId());
        statement.setLong(4, alert.otherVesselId());
        statement.setString(5, alert.zoneId());
        statement.setString(6, alert.severity().name());
        statement.setString(7, alert.state().slug());
        statement.setLong(8, alert.firstMillis());
        statement.setLong(9, alert.lastMillis());
        setTime(statement, 10, alert.endedMillis(), Alert.NOT_ENDED);
        Columns.setDouble(statement, 11, alert.latitude());
        Columns.setDouble(statement, 12, alert.longitude());
        statement.setString(13, alert.summary());
        statement.setString(14, figures.write(alert.figures()));
        statement.setInt(15, alert.updates());
        statement.setLong(16, alert.key().vesselId());
        Columns.setString(statement, 17, alert.assignedUnitId());
    }

    @Override
    public Optional<Alert> find(long id) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(alert(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Alert> open() {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + ALERT_COLUMNS
                    + " FROM alerts WHERE state IN ('new', 'acknowledged', 'escalated') ORDER BY id")) {
                return rows(query, this::alert);
            }
        });
    }

    @Override
    public AlertPage search(AlertQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        in(where, parameters, "state", query.states().stream().map(AlertState::slug).toList());
        in(where, parameters, "rule_id", query.ruleIds());
        in(where, parameters, "rule_type", query.ruleTypes().stream().map(RuleType::slug).toList());
        in(where, parameters, "severity", query.severities().stream().map(Severity::name).toList());
        if (query.vesselId() != null) {
            where.append(" AND (vessel_id = ? OR other_vessel_id = ?)");
            parameters.add(query.vesselId());
            parameters.add(query.vesselId());
        }
        if (query.zoneId() != null) {
            where.append(" AND zone_id = ?");
            parameters.add(query.zoneId());
        }
        if (query.fromMillis() != null) {
            where.append(" AND last_ms >= ?");
            parameters.add(query.fromMillis());
        }
        if (query.toMillis() != null) {
            where.append(" AND first_ms <= ?");
            parameters.add(query.toMillis());
        }
        return connections.read(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM alerts" + where)) {
                bind(count, parameters);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            try (PreparedStatement page = connection.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM alerts" + where
                    + " ORDER BY last_ms DESC, id DESC LIMIT ? OFFSET ?")) {
                bind(page, parameters);
                page.setInt(parameters.size() + 1, query.limit());
                page.setInt(parameters.size() + 2, query.offset());
                return new AlertPage(total, rows(page, this::alert));
            }
        });
    }

    private static void in(StringBuilder where, List<Object> parameters, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        where.append(" AND ").append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        parameters.addAll(values.stream().sorted().toList());
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof Long number) {
                statement.setLong(i + 1, number);
            } else {
                statement.setString(i + 1, (String) parameters.get(i));
            }
        }
    }

    @Override
    public List<AlertEvent> history(long alertId) {
        return byAlert("SELECT alert_id, time_ms, user_name, action, comment, unit_id FROM alert_events"
                + " WHERE alert_id = ?"
                + " ORDER BY id", alertId, row -> new AlertEvent(row.getLong(1), row.getLong(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6)));
    }

    @Override
    public List<PositionFix> evidence(long alertId) {
        return byAlert("SELECT " + EVIDENCE_FIX_COLUMNS + " FROM alert_evidence WHERE alert_id = ?"
                + " ORDER BY time_ms, vessel_id, source", alertId, row -> FixColumns.read(row, 1));
    }

    @Override
    public List<WebhookDelivery> dueDeliveries(long nowMillis, int limit) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + OUTBOX_COLUMNS + " FROM webhook_outbox"
                    + " WHERE next_attempt_ms IS NOT NULL AND next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?")) {
                query.setLong(1, nowMillis);
                query.setInt(2, limit);
                return rows(query, JdbcAlertStore::delivery);
            }
        });
    }

    @Override
    public OptionalLong nextDeliveryMillis() {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT MIN(next_attempt_ms) FROM webhook_outbox WHERE next_attempt_ms IS NOT NULL");
                    ResultSet row = query.executeQuery()) {
                row.next();
                long next = row.getLong(1);
                return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(next);
            }
        });
    }

    @Override
    public void delivered(long id, long timeMillis) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_outbox SET attempts = attempts + 1,"
                    + " delivered_ms = ?, next_attempt_ms = NULL, last_error = NULL WHERE id = ?")) {
                update.setLong(1, timeMillis);
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void attemptFailed(long id, String error, long nextAttemptMillis) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_outbox SET attempts = attempts + 1,"
                    + " next_attempt_ms = ?, last_error = ? WHERE id = ?")) {
                setTime(update, 1, nextAttemptMillis, WebhookDelivery.NONE);
                Columns.setString(update, 2, error);
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<WebhookDelivery> deliveries(long alertId) {
        return byAlert("SELECT " + OUTBOX_COLUMNS + " FROM webhook_outbox WHERE alert_id = ? ORDER BY id", alertId,
                JdbcAlertStore::delivery);
    }

    private static WebhookDelivery delivery(ResultSet row) throws SQLException {
        return new WebhookDelivery(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                row.getInt(6), row.getLong(7), getTime(row, 8, WebhookDelivery.NONE), getTime(row, 9, WebhookDelivery.NONE),
                row.getString(10));
    }

    /** Reads one row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows of {@code sql}, whose one parameter is the alert id. */
    private <T> List<T> byAlert(String sql, long alertId, RowReader<T> reader) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, alertId);
                return rows(query, reader);
            }
        });
    }

    private static <T> List<T> rows(PreparedStatement query, RowReader<T> reader) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        }
    }

    private Alert alert(ResultSet row) throws SQLException {
        String slug = row.getString(3);
        RuleType type = RuleType.ofSlug(slug).orElseThrow(() -> new IllegalStateException("unknown rule type " + slug
                + " in the database"));
        String state = row.getString(8);
        return Alert.builder().id(row.getLong(1)).ruleId(row.getString(2)).ruleType(type)
                .vesselId(row.getLong(4)).otherVesselId(row.getLong(5)).zoneId(row.getString(6))
                .severity(Severity.valueOf(row.getString(7)))
                .state(AlertState.ofSlug(state).orElseThrow(() -> new IllegalStateException("unknown alert state "
                        + state + " in the database")))
                .firstMillis(row.getLong(9)).lastMillis(row.getLong(10)).endedMillis(getTime(row, 11, Alert.NOT_ENDED))
                .position(Columns.getDouble(row, 12), Columns.getDouble(row, 13)).summary(row.getString(14))
                .figures(figures.read(row.getString(15), type)).updates(row.getInt(16))
                .assignedUnitId(row.getString(17)).build();
    }

    private static void setTime(PreparedStatement statement, int index, long millis, long none) throws SQLException {
        if (millis == none) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, millis);
        }
    }

    private static long getTime(ResultSet row, int index, long none) throws SQLException {
        long millis = row.getLong(index);
        return row.wasNull() ? none : millis;
    }
}
