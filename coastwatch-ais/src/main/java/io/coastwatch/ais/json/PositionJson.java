package io.coastwatch.ais.json;

import io.coastwatch.ais.message.NotAvailable;
import io.coastwatch.ais.message.PositionReportClassA;

/** gpsd JSON members of the position reports. */
final class PositionJson {
    /** Latitude and longitude units per degree: 1/10 000 minute. */
    static final int POSITION_UNITS_PER_DEGREE = 600_000;

    private PositionJson() {
    }

    static void classA(PositionReportClassA report, boolean scaled, JsonOutput out) {
        out.member("status", report.navigationStatus())
                .member("status_text", GpsdText.navigationStatus(report.navigationStatus()));
        if (scaled) {
            turn(report.rateOfTurn(), out);
            out.member("speed", report.speedTenthKnots(), 10, 1)
                    .member("accuracy", report.positionAccurate())
                    .member("lon", report.longitudeTenThousandthMinute(), POSITION_UNITS_PER_DEGREE, 7)
                    .member("lat", report.latitudeTenThousandthMinute(), POSITION_UNITS_PER_DEGREE, 7)
                    .member("course", report.courseTenthDegrees(), 10, 1);
        } else {
            out.member("turn", report.rateOfTurn())
                    .member("speed", report.speedTenthKnots())
                    .member("accuracy", report.positionAccurate())
                    .member("lon", report.longitudeTenThousandthMinute())
                    .member("lat", report.latitudeTenThousandthMinute())
                    .member("course", report.courseTenthDegrees());
        }
        out.member("heading", report.trueHeading())
                .member("second", report.second())
                .member("maneuver", report.maneuver())
                .member("raim", report.raim())
                .member("radio", report.radioStatus());
    }

    /** gpsd's scaled rate of turn: a legend for the special values, else ROT_IND in degrees/minute. */
    private static void turn(int rateOfTurn, JsonOutput out) {
        if (rateOfTurn == NotAvailable.RATE_OF_TURN) {
            out.member("turn", "n/a");
        } else if (rateOfTurn == -127) {
            out.member("turn", "fastleft");
        } else if (rateOfTurn == 127) {
            out.member("turn", "fastright");
        } else {
            // ROT_IND = (ROT_AIS / 4.733)^2 = ROT_AIS^2 * 1e6 / 4733^2, signed.
            long numerator = (long) rateOfTurn * Math.abs(rateOfTurn) * 1_000_000L;
            out.quotedDecimal("turn", numerator, 4733L * 4733L, 2);
        }
    }
}
