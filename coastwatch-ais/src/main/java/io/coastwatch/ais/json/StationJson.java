package io.coastwatch.ais.json;

import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.LongRangePositionReport;
import io.coastwatch.ais.message.SarAircraftPositionReport;

/**
 * gpsd JSON members of the position reports of base stations (messages 4 and 11), SAR aircraft (9),
 * aids to navigation (21) and long-range reception (27), and the position members they share with
 * other reports.
 */
final class StationJson {
    private StationJson() {
    }

    static void baseStation(BaseStationReport report, boolean scaled, JsonOutput out) {
        StringBuilder timestamp = new StringBuilder(20);
        // gpsd prints the year with %04u, so that out-of-range years show whole.
        padded(timestamp, report.year(), 4).append('-');
        padded(timestamp, report.month(), 2).append('-');
        padded(timestamp, report.day(), 2).append('T');
        padded(timestamp, report.hour(), 2).append(':');
        padded(timestamp, report.minute(), 2).append(':');
        padded(timestamp, report.second(), 2).append('Z');
        out.member("timestamp", timestamp.toString())
                .member("accuracy", report.positionAccurate());
        position(report.longitudeTenThousandthMinute(), report.latitudeTenThousandthMinute(), scaled, out);
        StaticJson.epfd(report.epfd(), out);
        out.member("raim", report.raim())
                .member("radio", report.radioStatus());
    }

    static void sarAircraft(SarAircraftPositionReport report, boolean scaled, JsonOutput out) {
        int altitude = report.altitudeWholeMetres();
        int speed = report.speedWholeKnots();
        if (scaled && altitude == SarAircraftPositionReport.ALTITUDE_NOT_AVAILABLE) {
            out.member("alt", "nan");
        } else if (scaled && altitude == SarAircraftPositionReport.ALTITUDE_HIGH) {
            out.member("alt", "high");
        } else {
            out.member("alt", altitude);
        }
        if (scaled && speed == SarAircraftPositionReport.SPEED_NOT_AVAILABLE) {
            out.member("speed", "nan");
        } else if (scaled && speed == SarAircraftPositionReport.SPEED_FAST) {
            out.member("speed", "fast");
        } else {
            out.member("speed", speed);
        }
        out.member("accuracy", report.positionAccurate());
        position(report.longitudeTenThousandthMinute(), report.latitudeTenThousandthMinute(), scaled, out);
        course(report.courseTenthDegrees(), scaled, out);
        out.member("second", report.second())
                .member("regional", report.regionalReserved())
                .member("dte", report.dteNotReady() ? 1 : 0)
                .member("raim", report.raim())
                .member("radio", report.radioStatus());
    }

    static void aidToNavigation(AidToNavigationReport report, boolean scaled, JsonOutput out) {
        out.member("aid_type", report.aidType())
                .member("aid_type_text", GpsdText.aidType(report.aidType()))
                .member("name", report.fullName())
                .member("accuracy", report.positionAccurate());
        position(report.longitudeTenThousandthMinute(), report.latitudeTenThousandthMinute(), scaled, out);
        StaticJson.dimensions(report.dimensions(), out);
        StaticJson.epfd(report.epfd(), out);
        out.member("second", report.second())
                .member("regional", report.regionalReserved())
                .member("off_position", report.offPosition())
                .member("raim", report.raim())
                .member("virtual_aid", report.virtualAid());
    }

    static void longRange(LongRangePositionReport report, boolean scaled, JsonOutput out) {
        out.member("status", report.navigationStatus());
        if (scaled) {
            out.member("status_text", GpsdText.navigationStatus(report.navigationStatus()))
                    .member("lon", report.longitudeTenthMinute(), LongRangePositionReport.POSITION_UNITS_PER_DEGREE, 4)
                    .member("lat", report.latitudeTenthMinute(), LongRangePositionReport.POSITION_UNITS_PER_DEGREE, 4);
        } else {
            out.member("lon", report.longitudeTenthMinute())
                    .member("lat", report.latitudeTenthMinute());
        }
        out.member("accuracy", report.positionAccurate())
                .member("speed", report.speedWholeKnots())
                .member("course", report.courseWholeDegrees())
                .member("raim", report.raim())
                .member("gnss", report.positionLatent());
    }

    /** {@code lon} and {@code lat} from 1/10 000 minute: degrees to 7 decimals when scaled. */
    static void position(int longitude, int latitude, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member("lon", longitude, PositionJson.POSITION_UNITS_PER_DEGREE, 7)
                    .member("lat", latitude, PositionJson.POSITION_UNITS_PER_DEGREE, 7);
        } else {
            out.member("lon", longitude)
                    .member("lat", latitude);
        }
    }

    /** {@code course} from 1/10 degree: degrees to 1 decimal when scaled. */
    static void course(int courseTenthDegrees, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member("course", courseTenthDegrees, 10, 1);
        } else {
            out.member("course", courseTenthDegrees);
        }
    }

    /** Appends {@code value} zero-padded to at least {@code digits} digits, like C's {@code %0Nu}. */
    static StringBuilder padded(StringBuilder text, int value, int digits) {
        for (int limit = 10, i = 1; i < digits; i++, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }
}
