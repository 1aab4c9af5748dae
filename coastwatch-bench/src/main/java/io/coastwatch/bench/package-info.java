/**
 * Benchmarks of Coastwatch, side by side with peers: JMH benchmarks ({@code jmh}), the synthetic
 * traffic they and the comparison scripts read ({@code traffic}). Figures go to BENCHMARKS.md.
 */
package io.coastwatch.bench;
