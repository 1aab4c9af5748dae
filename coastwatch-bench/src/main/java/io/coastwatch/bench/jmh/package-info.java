/**
 * JMH benchmarks. Run {@code java -jar coastwatch-bench/target/benchmarks.jar NAME} (see BENCHMARKS.md).
 */
package io.coastwatch.bench.jmh;
