/**
 * The position history: {@link io.coastwatch.store.position.JdbcPositionStore} queues fixes and
 * writes them in batches on its own thread ({@link io.coastwatch.store.position.BatchWriter}); the
 * dialect's {@link io.coastwatch.store.position.PositionTable} creates partitions ahead and applies
 * retention.
 */
package io.coastwatch.store.position;
