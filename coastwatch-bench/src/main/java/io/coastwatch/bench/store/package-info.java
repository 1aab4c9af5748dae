/**
 * Benchmarks of the history store (main classes, run by {@code compare/store.sh}): the sustained
 * append rate through {@link io.coastwatch.engine.port.PositionStore}, the time to read a 30-day
 * track, and the time to answer which vessels were inside an area during a day, from a store of many
 * positions, loaded through the store by {@link
 * io.coastwatch.bench.store.PositionHistory}. SQLite in a file, PostgreSQL started from Maven
 * Central binaries ({@link io.coastwatch.bench.store.BenchDatabase}).
 */
package io.coastwatch.bench.store;
