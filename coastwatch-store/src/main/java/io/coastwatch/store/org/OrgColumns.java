package io.coastwatch.store.org;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.Contact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organisation tables' column conversions: lists of ids and contacts as JSON text, calendar days as
 * ISO text, numbers that may be unknown as SQL NULL. Stateless and thread-safe.
 */
final class OrgColumns {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> CONTACTS = new TypeReference<>() {
    };

    private OrgColumns() {
    }

    static String ids(List<String> ids) {
        return write(ids);
    }

    static List<String> ids(String json) throws SQLException {
        return read(json, IDS);
    }

    static String contacts(List<Contact> contacts) {
        return write(contacts.stream()
                .map(contact -> Map.of("channel", contact.channel(), "value", contact.value(), "note", contact.note()))
                .toList());
    }

    static List<Contact> contacts(String json) throws SQLException {
        return read(json, CONTACTS).stream()
                .map(entry -> new Contact(entry.get("channel"), entry.get("value"), entry.get("note")))
                .toList();
    }

    /** Binds a validity's two days at {@code index} and {@code index + 1}. */
    static void setValidity(PreparedStatement statement, int index, Validity validity) throws SQLException {
        statement.setString(index, validity.validFrom().toString());
        statement.setString(index + 1, validity.validTo() == null ? null : validity.validTo().toString());
    }

    static Validity validity(ResultSet row, String from, String to) throws SQLException {
        String end = row.getString(to);
        return new Validity(LocalDate.parse(row.getString(from)), end == null ? null : LocalDate.parse(end));
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setDecimal(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Double decimal(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    /** Reads one record from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The records of {@code sql} with its text {@code parameters}, in the transaction bound to the thread if any. */
    static <T> List<T> query(JdbcTransactions transactions, String sql, RowReader<T> reader, String... parameters) {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<T> records = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        records.add(reader.read(row));
                    }
                }
                return records;
            }
        });
    }

    /** Deletes the row of {@code table} whose {@code idColumn} is {@code id}; whether there was one. */
    static boolean delete(JdbcTransactions transactions, String table, String idColumn, String id) {
        return transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + idColumn + " = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JacksonException e) {
            throw new SQLException("a stored JSON column does not read: " + json, e);
        }
    }
}
