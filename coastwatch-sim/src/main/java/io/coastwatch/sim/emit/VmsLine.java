package io.coastwatch.sim.emit;

/**
 * One VMS position report as posted to the server: the JSON object
 * {@code {registrationNumber, vmsDeviceId, time, lat, lon, speedKnots, courseDegrees}}. Immutable.
 *
 * @param time ISO-8601 instant ({@code 2025-06-01T02:00:00Z})
 * @param lat latitude in degrees (5 decimals)
 * @param lon longitude in degrees (5 decimals)
 */
public record VmsLine(String registrationNumber, String vmsDeviceId, String time, double lat, double lon,
        double speedKnots, double courseDegrees) {
}
