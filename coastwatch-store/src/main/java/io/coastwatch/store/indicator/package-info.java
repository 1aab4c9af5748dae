/**
 * The records the indicators count, read with the indicators' own queries: {@link
 * io.coastwatch.store.indicator.JdbcAlertFacts} (alerts and their first answer) and {@link
 * io.coastwatch.store.indicator.JdbcDepartureFacts} (departure records). They join the caller's
 * transaction when there is one.
 */
package io.coastwatch.store.indicator;
