package io.coastwatch.sim.emit;

import io.coastwatch.sim.motion.LonLat;

/**
 * One AIS receiver: a shore station with a range, or (with an infinite range) a satellite feed.
 * Immutable.
 *
 * @param id the {@code s:} source name its sentences carry
 * @param position where it stands (ignored for a satellite)
 * @param rangeMetres how far it hears; {@link Double#POSITIVE_INFINITY} for a satellite
 * @param lossProbability chance it misses a message it could hear
 */
public record Receiver(String id, LonLat position, double rangeMetres, double lossProbability) {
}
