package io.coastwatch.ais.message.application;

/** Conversions of raw application values to ordinary units, "not available" made explicit. */
final class Conversions {
    private Conversions() {
    }

    /**
     * Degrees from a coordinate in {@code unitsPerMinute} fractions of a minute; NaN beyond
     * ±{@code limitDegrees} (where the "not available" values 91° and 181° lie).
     */
    static double degrees(int value, int unitsPerMinute, int limitDegrees) {
        double degrees = value / (60.0 * unitsPerMinute);
        return Math.abs(degrees) > limitDegrees ? Double.NaN : degrees;
    }

    /** {@code value} when within {@code [0, max]}, else -1 ("not available" or reserved). */
    static int whole(int value, int max) {
        return value >= 0 && value <= max ? value : -1;
    }

    /** {@code (value - offset) / 10} when {@code value} is within {@code [0, max]}, else NaN. */
    static double tenths(int value, int offset, int max) {
        return value >= 0 && value <= max ? (value - offset) / 10.0 : Double.NaN;
    }

    /** {@code value / 10} when within {@code [min, max]} (a signed field), else NaN. */
    static double signedTenths(int value, int min, int max) {
        return value >= min && value <= max ? value / 10.0 : Double.NaN;
    }
}
