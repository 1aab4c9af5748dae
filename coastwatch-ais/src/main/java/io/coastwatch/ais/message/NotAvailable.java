package io.coastwatch.ais.message;

/**
 * The "not available" sentinels of ITU-R M.1371-5 and their conversion to ordinary units.
 * Conversions return {@link Double#NaN} for a sentinel, so that it can never be mistaken for data.
 */
public final class NotAvailable {
    /** Longitude "not available": 181° in 1/10 000 minute. */
    public static final int LONGITUDE = 181 * 600_000;
    /** Latitude "not available": 91° in 1/10 000 minute. */
    public static final int LATITUDE = 91 * 600_000;
    /** Speed over ground "not available", in 1/10 knot. */
    public static final int SPEED = 1023;
    /** Course over ground "not available", in 1/10 degree. */
    public static final int COURSE = 3600;
    /** True heading "not available", in degrees. */
    public static final int HEADING = 511;
    /** Rate of turn "not available" (raw ROT_AIS). */
    public static final int RATE_OF_TURN = -128;
    /** Time stamp (UTC second) "not available". */
    public static final int SECOND = 60;

    private NotAvailable() {
    }

    /** Degrees from 1/10 000 minute; NaN for the sentinel or any value beyond ±180°. */
    public static double longitudeDegrees(int tenThousandthMinutes) {
        return Math.abs(tenThousandthMinutes) > 180 * 600_000 ? Double.NaN : tenThousandthMinutes / 600_000.0;
    }

    /** Degrees from 1/10 000 minute; NaN for the sentinel or any value beyond ±90°. */
    public static double latitudeDegrees(int tenThousandthMinutes) {
        return Math.abs(tenThousandthMinutes) > 90 * 600_000 ? Double.NaN : tenThousandthMinutes / 600_000.0;
    }

    /** Knots from 1/10 knot; NaN for 1023 ("not available"). 1022 means 102.2 knots or more. */
    public static double speedKnots(int tenthKnots) {
        return tenthKnots >= SPEED ? Double.NaN : tenthKnots / 10.0;
    }

    /** Degrees from 1/10 degree; NaN for 3600 ("not available") and above. */
    public static double courseDegrees(int tenthDegrees) {
        return tenthDegrees >= COURSE || tenthDegrees < 0 ? Double.NaN : tenthDegrees / 10.0;
    }

    /** Degrees 0-359 from the heading field, or -1 for 511 ("not available") and other invalid values. */
    public static int headingDegrees(int heading) {
        return heading >= 0 && heading < 360 ? heading : -1;
    }
}
