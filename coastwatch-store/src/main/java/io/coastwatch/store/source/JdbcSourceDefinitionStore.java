package io.coastwatch.store.source;

import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Source definitions in the {@code source_definitions} table; every write one durable transaction. Thread-safe. */
public final class JdbcSourceDefinitionStore implements SourceDefinitionStore {

    private static final String COLUMNS = "id, uri, enabled, created_by, created_ms";

    private final JdbcTransactions connections;

    public JdbcSourceDefinitionStore(JdbcTransactions connections) {
        this.connections = connections;
    }

    /** {@inheritDoc} In {@link String#compareTo} order of their ids. */
    @Override
    public List<SourceDefinition> all() {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM source_definitions");
                    ResultSet rows = query.executeQuery()) {
                List<SourceDefinition> sources = new ArrayList<>();
                while (rows.next()) {
                    sources.add(source(rows));
                }
                sources.sort(Comparator.comparing(SourceDefinition::id)); // the same order on every database
                return sources;
            }
        });
    }

    @Override
    public Optional<SourceDefinition> find(String id) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM source_definitions WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(source(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(SourceDefinition source) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO source_definitions (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET uri = excluded.uri,"
                    + " enabled = excluded.enabled, created_by = excluded.created_by, created_ms = excluded.created_ms")) {
                upsert.setString(1, source.id());
                upsert.setString(2, source.uri());
                upsert.setBoolean(3, source.enabled());
                upsert.setString(4, source.createdBy());
                upsert.setLong(5, source.createdMillis());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public boolean delete(String id) {
        return connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM source_definitions WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static SourceDefinition source(ResultSet row) throws SQLException {
        return new SourceDefinition(row.getString(1), row.getString(2), row.getBoolean(3), row.getString(4),
                row.getLong(5));
    }
}
