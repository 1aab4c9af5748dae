/**
 * Measurements of the engine: the live state's memory per vessel ({@link
 * io.coastwatch.bench.engine.LiveStateFootprint}, a main class). Its JMH benchmark
 * ({@code TrackerBenchmark}) sits with the others in {@code jmh}.
 */
package io.coastwatch.bench.engine;
