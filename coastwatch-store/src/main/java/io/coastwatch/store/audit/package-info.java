/**
 * The audit log on JDBC: the append-only {@code audit_log} table chained to its one-row head
 * ({@link io.coastwatch.store.audit.JdbcAuditLog}), appended in the writing transaction, verified and
 * exported in pages.
 */
package io.coastwatch.store.audit;
