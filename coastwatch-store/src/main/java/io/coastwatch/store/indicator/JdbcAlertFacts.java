package io.coastwatch.store.indicator;

import io.coastwatch.engine.alert.AlertEvent;
import io.coastwatch.operations.indicator.Position;
import io.coastwatch.operations.indicator.alert.AlertFact;
import io.coastwatch.operations.indicator.alert.AlertFacts;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link AlertFacts} on the {@code alerts} and {@code alert_events} tables: the indicators' own query,
 * apart from the alert store's, reading only the columns they count by and the position they are drawn at. A person's first answer is
 * the earliest event not written by the system. Rows are streamed in pages of {@value #FETCH_SIZE}.
 * Thread-safe.
 */
public final class JdbcAlertFacts implements AlertFacts {

    private static final int FETCH_SIZE = 2_000;
    private static final String QUERY = "SELECT a.id, a.rule_type, a.vessel_id, a.zone_id, a.state, a.first_ms, a.lat, a.lon,"
            + " (SELECT MIN(e.time_ms) FROM alert_events e WHERE e.alert_id = a.id AND e.user_name <> ?)"
            + " FROM alerts a WHERE a.first_ms >= ? AND a.first_ms < ?";

    private final JdbcTransactions transactions;

    public JdbcAlertFacts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void forEach(Instant from, Instant to, Set<String> ruleTypes, Consumer<AlertFact> sink) {
        List<String> types = List.copyOf(ruleTypes);
        String sql = QUERY + (types.isEmpty() ? "" : " AND a.rule_type IN ("
                + String.join(", ", Collections.nCopies(types.size(), "?")) + ")") + " ORDER BY a.first_ms, a.id";
        transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(FETCH_SIZE);
                query.setString(1, AlertEvent.SYSTEM);
                query.setLong(2, from.toEpochMilli());
                query.setLong(3, to.toEpochMilli());
                for (int i = 0; i < types.size(); i++) {
                    query.setString(4 + i, types.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        double latitude = rows.getDouble(7);
                        Position position = rows.wasNull() ? null : new Position(latitude, rows.getDouble(8));
                        long answered = rows.getLong(9);
                        Instant answeredAt = rows.wasNull() ? null : Instant.ofEpochMilli(answered);
                        sink.accept(new AlertFact(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                                rows.getString(5), Instant.ofEpochMilli(rows.getLong(6)), answeredAt, position));
                    }
                }
            }
            return null;
        });
    }
}
