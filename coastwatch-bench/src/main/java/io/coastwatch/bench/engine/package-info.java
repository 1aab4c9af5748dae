/**
 * Measurements of the engine: the live state's memory per vessel ({@link
 * io.coastwatch.bench.engine.LiveStateFootprint}, a main class) and stores that keep nothing
 * ({@link io.coastwatch.bench.engine.DiscardingStores}) for measuring the engine without storage.
 * Its JMH benchmarks ({@code TrackerBenchmark}, {@code PipelineBenchmark}) sit with the others in
 * {@code jmh}.
 */
package io.coastwatch.bench.engine;
