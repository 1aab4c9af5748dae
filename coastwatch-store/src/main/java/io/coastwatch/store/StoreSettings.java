package io.coastwatch.store;

import java.time.Duration;

/**
 * How to open a store.
 *
 * @param jdbcUrl {@code jdbc:sqlite:/path/coastwatch.db} or {@code jdbc:postgresql://host/db}
 * @param user database user ({@code null} for SQLite)
 * @param password database password ({@code null} for SQLite)
 * @param positionRetention how long positions are kept; {@link Duration#ZERO} keeps them forever
 */
public record StoreSettings(String jdbcUrl, String user, String password, Duration positionRetention) {
}
