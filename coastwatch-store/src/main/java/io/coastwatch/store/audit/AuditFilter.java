package io.coastwatch.store.audit;

import io.coastwatch.operations.audit.AuditQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code WHERE} clause of an {@link AuditQuery}'s filters (period, account, entity and id, unit) with
 * its parameters, bound in order. Immutable.
 */
final class AuditFilter {

    /** No filter: every entry. */
    static final AuditFilter NONE = new AuditFilter(List.of(), List.of());

    private final List<String> conditions;
    private final List<Object> parameters;

    private AuditFilter(List<String> conditions, List<Object> parameters) {
        this.conditions = List.copyOf(conditions);
        this.parameters = List.copyOf(parameters);
    }

    static AuditFilter of(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("time_ms >= ?");
            parameters.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            conditions.add("time_ms < ?");
            parameters.add(query.to().toEpochMilli());
        }
        add(conditions, parameters, "account", query.account());
        add(conditions, parameters, "entity", query.entity());
        add(conditions, parameters, "entity_id", query.entityId());
        add(conditions, parameters, "unit_id", query.unitId());
        return new AuditFilter(conditions, parameters);
    }

    private static void add(List<String> conditions, List<Object> parameters, String column, String value) {
        if (value != null) {
            conditions.add(column + " = ?");
            parameters.add(value);
        }
    }

    /** {@code " WHERE …"} with these conditions and {@code extra} (a condition with one {@code ?}, or {@code null}); empty when none. */
    String where(String extra) {
        List<String> all = new ArrayList<>(conditions);
        if (extra != null) {
            all.add(extra);
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    /** Binds the parameters from {@code index}; returns the index after them. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        for (Object parameter : parameters) {
            if (parameter instanceof Long number) {
                statement.setLong(next++, number);
            } else {
                statement.setString(next++, (String) parameter);
            }
        }
        return next;
    }
}
