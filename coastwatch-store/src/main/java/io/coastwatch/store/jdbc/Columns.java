package io.coastwatch.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Column conversions shared by both dialects. A {@code double} that is NaN ("not available") is
 * stored as SQL NULL, since SQLite turns NaN into NULL anyway; NULL reads back as NaN.
 */
public final class Columns {

    private Columns() {
    }

    /** Binds {@code value}, NaN as NULL. */
    public static void setDouble(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    /** Reads a double column, NULL as NaN. */
    public static double getDouble(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? Double.NaN : value;
    }

    /** Binds a string that may be null. */
    public static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
