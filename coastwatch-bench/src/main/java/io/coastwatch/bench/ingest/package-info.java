/**
 * Whole-path benchmarks of the server, as programs (they time sockets and threads, which JMH does not
 * suit): sustained ingest over TCP through decoding, the engine and the store
 * ({@link io.coastwatch.bench.ingest.IngestBench}), and the latency from a sentence's arrival to its
 * WebSocket update ({@link io.coastwatch.bench.ingest.LiveLatencyBench}). Run by the scripts in
 * {@code coastwatch-bench/compare/}.
 */
package io.coastwatch.bench.ingest;
