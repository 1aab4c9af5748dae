package io.coastwatch.ais.message;

/**
 * A message that reports where its station is: the Class A and Class B position reports (1, 2, 3,
 * 18, 19), the long-range report (27), the SAR aircraft report (9), and the fixed stations' reports,
 * base station (4, 11) and aid to navigation (21). Lets code that tracks stations read any of them
 * without a switch over the message types.
 *
 * <p>Values are in ordinary units; a quantity the message does not carry, or carries as "not
 * available", is {@link Double#NaN} (or -1 for the heading), never a sentinel posing as data.
 */
public interface PositionReport {

    /** MMSI of the station whose position this is. */
    int mmsi();

    /** Longitude in degrees, east positive; NaN when not available. */
    double longitudeDegrees();

    /** Latitude in degrees, north positive; NaN when not available. */
    double latitudeDegrees();

    /** Position accuracy flag: true for better than 10 m (DGNSS), false for worse or unknown. */
    boolean positionAccurate();

    /** Speed over ground in knots; NaN when not available or not reported (fixed stations). */
    double speedKnots();

    /** Course over ground in degrees; NaN when not available or not reported. */
    double courseDegrees();

    /** True heading in degrees 0-359; -1 when not available or not reported. */
    int headingDegrees();
}
