/**
 * What the stores share: the SQL dialect named by the JDBC URL, the connections (one writer on
 * SQLite, a small pool on PostgreSQL), the migration runner and column conversions.
 */
package io.coastwatch.store.jdbc;
