/**
 * The organisation on JDBC: unit versions, agencies, persons and resources
 * ({@link io.coastwatch.store.org.JdbcUnitRepository} and its siblings), each joining the use case's
 * transaction through {@link io.coastwatch.store.tx.JdbcTransactions}.
 */
package io.coastwatch.store.org;
