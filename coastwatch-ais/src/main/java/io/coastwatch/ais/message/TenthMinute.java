package io.coastwatch.ais.message;

/**
 * Positions in 1/10 minute (18-bit longitude, 17-bit latitude), the coarse resolution of the area
 * corners of messages 22 and 23, with the same "not available" values as the fine positions (181°,
 * 91°).
 */
final class TenthMinute {
    /** 1/10 minute in 1/10 000 minute. */
    private static final int FINE_UNITS = 1_000;

    private TenthMinute() {
    }

    /** Degrees from 1/10 minute; NaN for 181° ("not available") or any value beyond ±180°. */
    static double longitudeDegrees(int tenthMinutes) {
        return NotAvailable.longitudeDegrees(tenthMinutes * FINE_UNITS);
    }

    /** Degrees from 1/10 minute; NaN for 91° ("not available") or any value beyond ±90°. */
    static double latitudeDegrees(int tenthMinutes) {
        return NotAvailable.latitudeDegrees(tenthMinutes * FINE_UNITS);
    }
}
