package io.coastwatch.engine.track;

/**
 * One reported position of one vessel, as stored in its history. Immutable and thread-safe.
 *
 * @param vesselId the vessel (see {@link VesselIds})
 * @param timeMillis event time, UNIX milliseconds (tag-block time, else receive time; VMS report time)
 * @param latitude degrees, WGS-84; NaN when not available
 * @param longitude degrees, WGS-84; NaN when not available
 * @param speedKnots speed over ground, NaN when not available
 * @param courseDegrees course over ground, NaN when not available
 * @param headingDegrees true heading 0-359, or -1 when not available
 * @param navigationStatus AIS navigational status 0-15, or -1 when the source has none (VMS)
 * @param source where the fix came from
 * @param plausibility whether it may stand for the vessel's position
 */
public record PositionFix(
        long vesselId,
        long timeMillis,
        double latitude,
        double longitude,
        double speedKnots,
        double courseDegrees,
        int headingDegrees,
        int navigationStatus,
        FixSource source,
        Plausibility plausibility) {

    /** Whether this fix may be used as the vessel's position. */
    public boolean isPlausible() {
        return plausibility == Plausibility.PLAUSIBLE;
    }
}
