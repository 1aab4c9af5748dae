/**
 * The readiness orders and the resources' status timelines on SQLite and PostgreSQL
 * ({@link io.coastwatch.store.readiness.JdbcReadinessRepository}, migration {@code V60__readiness}).
 */
package io.coastwatch.store.readiness;
