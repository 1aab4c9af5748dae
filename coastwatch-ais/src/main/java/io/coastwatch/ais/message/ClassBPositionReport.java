package io.coastwatch.ais.message;

/**
 * What messages 18 and 19, the Class B position reports, share: the same fields at the same bits
 * (38 to 138), and their conversion to ordinary units.
 */
public sealed interface ClassBPositionReport extends PositionReport
        permits StandardClassBPositionReport, ExtendedClassBPositionReport {

    /** Eight bits reserved for regional or future use (gpsd's {@code reserved}), as sent. */
    int reserved();

    /** Speed over ground in 1/10 knot, 1023 not available. */
    int speedTenthKnots();

    /** Longitude in 1/10 000 minute, 181° not available. */
    int longitudeTenThousandthMinute();

    /** Latitude in 1/10 000 minute, 91° not available. */
    int latitudeTenThousandthMinute();

    /** Course over ground in 1/10 degree, 3600 not available. */
    int courseTenthDegrees();

    /** True heading in degrees, 511 not available. */
    int trueHeading();

    /** UTC second of the report, 0-59; 60 not available, 61-63 special modes. */
    int second();

    /** Bits reserved for regional applications after the second (gpsd's {@code regional}), as sent. */
    int regionalReserved();

    /** RAIM flag. */
    boolean raim();

    /** True when the station is in assigned mode. */
    boolean assignedMode();

    @Override
    default double longitudeDegrees() {
        return NotAvailable.longitudeDegrees(longitudeTenThousandthMinute());
    }

    @Override
    default double latitudeDegrees() {
        return NotAvailable.latitudeDegrees(latitudeTenThousandthMinute());
    }

    @Override
    default double speedKnots() {
        return NotAvailable.speedKnots(speedTenthKnots());
    }

    @Override
    default double courseDegrees() {
        return NotAvailable.courseDegrees(courseTenthDegrees());
    }

    @Override
    default int headingDegrees() {
        return NotAvailable.headingDegrees(trueHeading());
    }
}
