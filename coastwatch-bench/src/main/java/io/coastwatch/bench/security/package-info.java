/**
 * Benchmarks of the security layer against a running server: what a flood of bogus credentials does to
 * everyone else's latency ({@link io.coastwatch.bench.security.BogusBasicBench}, run by
 * {@code compare/bogus-basic.sh}).
 */
package io.coastwatch.bench.security;
