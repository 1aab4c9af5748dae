/**
 * Seeded synthetic AIS traffic for benchmarks: a fleet whose message mix and reporting follow what a
 * coastal receiver network hears, encoded with the Coastwatch encoder into NMEA sentences.
 */
package io.coastwatch.bench.traffic;
