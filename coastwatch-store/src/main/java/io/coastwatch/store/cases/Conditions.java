package io.coastwatch.store.cases;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE clause of a search of cases or tips and its parameters, in order: each filter given is one
 * condition, all of them must hold. Not thread-safe: one per query.
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** {@code column} is one of {@code values}; no condition when empty. */
    public Conditions in(String column, Collection<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            parameters.addAll(values);
        }
        return this;
    }

    /** {@code column} is one of {@code values}; no condition when {@code null}, none passes when empty. */
    public Conditions inOrNone(String column, Collection<String> values) {
        if (values != null && values.isEmpty()) {
            conditions.add("1 = 0");
        } else if (values != null) {
            in(column, values);
        }
        return this;
    }

    /** The milliseconds in {@code column} lie in [{@code from}, {@code to}), either end open when {@code null}. */
    public Conditions period(String column, Instant from, Instant to) {
        if (from != null) {
            conditions.add(column + " >= ?");
            parameters.add(from.toEpochMilli());
        }
        if (to != null) {
            conditions.add(column + " < ?");
            parameters.add(to.toEpochMilli());
        }
        return this;
    }

    /** Adds {@code condition} with its {@code values}, one per {@code ?}. */
    public Conditions where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** {@code " WHERE …"}, or empty when there is no condition. */
    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters from 1, then {@code more}; returns the next index. */
    public int bind(PreparedStatement statement, Object... more) throws SQLException {
        int i = 1;
        for (Object parameter : parameters) {
            statement.setObject(i++, parameter);
        }
        for (Object parameter : more) {
            statement.setObject(i++, parameter);
        }
        return i;
    }
}
