package io.coastwatch.ais.json;

import io.coastwatch.ais.message.ClassBPositionReport;
import io.coastwatch.ais.message.ExtendedClassBPositionReport;
import io.coastwatch.ais.message.StandardClassBPositionReport;

/** gpsd JSON members of the Class B position reports, messages 18 and 19. */
final class ClassBJson {
    private ClassBJson() {
    }

    static void standard(StandardClassBPositionReport report, boolean scaled, JsonOutput out) {
        common(report, scaled, out);
        out.member("cs", report.carrierSenseUnit())
                .member("display", report.hasDisplay())
                .member("dsc", report.hasDsc())
                .member("band", report.wholeBand())
                .member("msg22", report.acceptsMessage22())
                .member("raim", report.raim())
                .member("radio", report.radioStatus());
    }

    static void extended(ExtendedClassBPositionReport report, boolean scaled, JsonOutput out) {
        common(report, scaled, out);
        out.member("shipname", report.shipName());
        StaticJson.shipType(report.shipType(), out);
        StaticJson.dimensions(report.dimensions(), out);
        StaticJson.epfd(report.epfd(), out);
        out.member("raim", report.raim())
                .member("dte", report.dteNotReady() ? 1 : 0)
                .member("assigned", report.assignedMode());
    }

    /** The members of the fields both messages share (bits 38 to 138). */
    private static void common(ClassBPositionReport report, boolean scaled, JsonOutput out) {
        out.member("reserved", report.reserved());
        if (scaled) {
            out.member("speed", report.speedTenthKnots(), 10, 1);
        } else {
            out.member("speed", report.speedTenthKnots());
        }
        out.member("accuracy", report.positionAccurate());
        StationJson.position(report.longitudeTenThousandthMinute(), report.latitudeTenThousandthMinute(), scaled, out);
        StationJson.course(report.courseTenthDegrees(), scaled, out);
        out.member("heading", report.trueHeading())
                .member("second", report.second())
                .member("regional", report.regionalReserved());
    }
}
