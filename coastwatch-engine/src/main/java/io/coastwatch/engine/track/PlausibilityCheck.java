package io.coastwatch.engine.track;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.geo.LandMask;

/**
 * Judges whether a reported position may stand for a vessel's position, in this order:
 * <ol>
 *   <li>{@link Plausibility#NOT_AVAILABLE}: latitude or longitude missing (91° / 181° on AIS, NaN)
 *       or out of range;</li>
 *   <li>{@link Plausibility#ON_LAND}: further inside the coastline than the land mask's margin (not
 *       judged for base stations and aids to navigation, which stand on land or rocks, nor for SAR
 *       aircraft);</li>
 *   <li>{@link Plausibility#IMPLAUSIBLE_JUMP}: reached from the vessel's last plausible fix faster
 *       than the speed limit (not judged for SAR aircraft). Distances up to the jitter allowance
 *       never count, so that GPS noise between two fixes close in time, or the 1/10' rounding of
 *       long-range reports (185 m), is no jump. Time is taken as a magnitude, so an older fix is
 *       judged against a newer reference the same way.</li>
 * </ol>
 *
 * <p>Thread-safe and immutable.
 */
public final class PlausibilityCheck {
    /** Default speed limit, in knots. */
    public static final double DEFAULT_MAX_SPEED_KNOTS = 50;
    /** Default distance that never counts as a jump, in metres. */
    public static final double DEFAULT_JITTER_METRES = 250;

    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    private final LandMask land;
    private final double maxSpeedMetresPerSecond;
    private final double jitterMetres;

    /**
     * @param land the land mask
     * @param maxSpeedKnots fastest plausible speed between two fixes
     * @param jitterMetres distance between two fixes that never counts as a jump
     */
    public PlausibilityCheck(LandMask land, double maxSpeedKnots, double jitterMetres) {
        this.land = land;
        this.maxSpeedMetresPerSecond = maxSpeedKnots * GreatCircle.METRES_PER_NAUTICAL_MILE / 3600;
        this.jitterMetres = jitterMetres;
    }

    /** The check with the default limits (50 kn, 250 m). */
    public PlausibilityCheck(LandMask land) {
        this(land, DEFAULT_MAX_SPEED_KNOTS, DEFAULT_JITTER_METRES);
    }

    /**
     * The verdict on a position.
     *
     * @param source what reported it
     * @param timeMillis its event time
     * @param latitude degrees, NaN when not available
     * @param longitude degrees, NaN when not available
     * @param lastPlausible the vessel's last plausible fix, or {@code null} when none
     */
    public Plausibility judge(FixSource source, long timeMillis, double latitude, double longitude,
            PositionFix lastPlausible) {
        if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
            return Plausibility.NOT_AVAILABLE;
        }
        boolean aircraft = source == FixSource.AIS_SAR_AIRCRAFT;
        boolean fixedStation = source == FixSource.AIS_BASE_STATION || source == FixSource.AIS_AID_TO_NAVIGATION;
        if (!aircraft && !fixedStation && land.isFarInland(latitude, longitude)) {
            return Plausibility.ON_LAND;
        }
        if (!aircraft && lastPlausible != null && !reachable(lastPlausible, timeMillis, latitude, longitude)) {
            return Plausibility.IMPLAUSIBLE_JUMP;
        }
        return Plausibility.PLAUSIBLE;
    }

    /**
     * Whether a vessel at {@code from} can be at the given position at {@code timeMillis}: within the
     * jitter allowance, or no faster than the speed limit.
     */
    public boolean reachable(PositionFix from, long timeMillis, double latitude, double longitude) {
        double seconds = Math.abs(timeMillis - from.timeMillis()) / 1000.0;
        double allowedMetres = Math.max(jitterMetres, maxSpeedMetresPerSecond * seconds);
        // Cheap bounds first: the great circle is no shorter than the difference in latitude, and no
        // longer than going along the meridian and then along a parallel (at most a degree of
        // longitude per degree of arc).
        double latitudeDegrees = Math.abs(latitude - from.latitude());
        double longitudeDegrees = Math.abs(longitude - from.longitude());
        if ((latitudeDegrees + Math.min(longitudeDegrees, 360 - longitudeDegrees)) * METRES_PER_DEGREE <= allowedMetres) {
            return true;
        }
        if (latitudeDegrees * METRES_PER_DEGREE > allowedMetres) {
            return false;
        }
        return GreatCircle.distanceMetres(from.latitude(), from.longitude(), latitude, longitude) <= allowedMetres;
    }
}
