/**
 * What the stores share: the SQL dialect named by the JDBC URL, the connections (HikariCP: one writer
 * on SQLite, a small pool on PostgreSQL), the migrations (Flyway) and column conversions.
 */
package io.coastwatch.store.jdbc;
