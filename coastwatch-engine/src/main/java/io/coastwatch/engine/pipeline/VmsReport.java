package io.coastwatch.engine.pipeline;

/**
 * One fishing-vessel VMS report, as received over HTTP (JSON or CSV). Either the registration number
 * or the VMS device id identifies the vessel.
 *
 * @param registrationNumber Vietnamese registration number (such as {@code NT-90123-TS}), or {@code null}
 * @param vmsDeviceId VMS terminal identifier, or {@code null}
 * @param timeMillis report time, UNIX ms
 * @param latitude degrees
 * @param longitude degrees
 * @param speedKnots speed over ground, NaN when not reported
 * @param courseDegrees course over ground, NaN when not reported
 */
public record VmsReport(
        String registrationNumber,
        String vmsDeviceId,
        long timeMillis,
        double latitude,
        double longitude,
        double speedKnots,
        double courseDegrees) {
}
