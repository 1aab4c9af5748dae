package io.coastwatch.sim.fleet;

/**
 * A spoofed stretch of AIS reports: while {@code window} lasts, the transponder reports positions
 * displaced from the true one by {@code offsetMetres} on {@code bearingDegrees}. Immutable.
 */
public record Spoof(TimeWindow window, double bearingDegrees, double offsetMetres) {
}
