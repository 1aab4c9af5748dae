package io.coastwatch.store.rule;

import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rule definitions in {@code rule_definitions}. Thread-safe. */
public final class JdbcRuleDefinitionStore implements RuleDefinitionStore {
    private final JdbcTransactions connections;

    public JdbcRuleDefinitionStore(JdbcTransactions connections) {
        this.connections = connections;
    }

    @Override
    public List<StoredRule> all() {
        return connections.read(connection -> {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT id, definition, updated_by, updated_ms FROM rule_definitions")) {
                List<StoredRule> rules = new ArrayList<>();
                while (rows.next()) {
                    rules.add(new StoredRule(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
                }
                rules.sort(Comparator.comparing(StoredRule::id)); // one order on every database
                return rules;
            }
        });
    }

    @Override
    public void save(StoredRule rule) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO rule_definitions"
                    + " (id, definition, updated_by, updated_ms) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " definition = excluded.definition, updated_by = excluded.updated_by,"
                    + " updated_ms = excluded.updated_ms")) {
                upsert.setString(1, rule.id());
                upsert.setString(2, rule.definitionJson());
                upsert.setString(3, rule.updatedBy());
                upsert.setLong(4, rule.updatedMillis());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public boolean delete(String id) {
        return connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rule_definitions WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }
}
