package io.coastwatch.store.indicator;

import io.coastwatch.operations.indicator.departure.DepartureFact;
import io.coastwatch.operations.indicator.departure.DepartureFacts;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.function.Consumer;

/** {@link DepartureFacts} on the registry's {@code departure_records}. Thread-safe. */
public final class JdbcDepartureFacts implements DepartureFacts {

    private final JdbcTransactions transactions;

    public JdbcDepartureFacts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void forEach(Instant from, Instant to, Consumer<DepartureFact> sink) {
        transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT registration_number, departure_ms,"
                    + " port_id, station_id FROM departure_records WHERE departure_ms >= ? AND departure_ms < ?"
                    + " ORDER BY departure_ms, registration_number")) {
                query.setFetchSize(1_000);
                query.setLong(1, from.toEpochMilli());
                query.setLong(2, to.toEpochMilli());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(new DepartureFact(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3), rows.getString(4)));
                    }
                }
            }
            return null;
        });
    }
}
