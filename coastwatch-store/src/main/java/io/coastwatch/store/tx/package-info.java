/**
 * The operations' unit of work on JDBC: {@link io.coastwatch.store.tx.JdbcTransactions} binds a
 * database transaction to the calling thread, and the stores built on it join that transaction, so that
 * a use case's writes and its audit record commit together.
 */
package io.coastwatch.store.tx;
