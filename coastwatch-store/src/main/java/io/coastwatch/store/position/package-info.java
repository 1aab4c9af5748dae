/**
 * The position history, in per-vessel blocks: {@link io.coastwatch.store.position.JdbcPositionStore}
 * queues fixes and writes them in batches on its own thread
 * ({@link io.coastwatch.store.position.BatchWriter}), one {@link io.coastwatch.store.position.PositionBlock}
 * per vessel per batch, packed by {@link io.coastwatch.store.position.BlockCodec}; maintenance merges
 * small blocks ({@link io.coastwatch.store.position.BlockCompactor}) and applies retention
 * ({@link io.coastwatch.store.position.BlockRetention}); the dialect's
 * {@link io.coastwatch.store.position.PositionTable} creates partitions ahead and drops old ones. A
 * database of one row per fix (schema version 4 and before) is converted at open
 * ({@link io.coastwatch.store.position.LegacyPositions}).
 */
package io.coastwatch.store.position;
