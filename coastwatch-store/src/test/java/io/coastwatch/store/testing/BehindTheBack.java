package io.coastwatch.store.testing;

import io.coastwatch.store.StoreSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain JDBC on a store's database, on a connection of its own, outside the product: what someone with
 * the database's file or password could do. Tests use it to set up tables of their own and to tamper
 * with the audit log behind the store's back.
 */
public final class BehindTheBack {

    private BehindTheBack() {
    }

    /** Runs {@code statements} on a new connection to the database of {@code settings}, in auto-commit mode. */
    public static void execute(StoreSettings settings, String... statements) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("behind the store's back: " + e.getMessage(), e);
        }
    }

    /** Drops the triggers that keep the audit log append-only, as a tamperer would first. */
    public static void dropAuditTriggers(StoreSettings settings) {
        if (settings.jdbcUrl().startsWith("jdbc:sqlite:")) {
            execute(settings, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete");
        } else {
            execute(settings, "DROP TRIGGER audit_log_no_change ON audit_log",
                    "DROP TRIGGER audit_log_no_truncate ON audit_log");
        }
    }
}
