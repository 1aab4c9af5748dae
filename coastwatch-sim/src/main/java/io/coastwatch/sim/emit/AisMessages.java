package io.coastwatch.sim.emit;

import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StandardClassBPositionReport;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
import io.coastwatch.sim.fleet.FixedStation;
import io.coastwatch.sim.fleet.Identity;
import io.coastwatch.sim.fleet.Kind;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.SimVesselState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Builds the AIS message records of the codec from a vessel's identity and state, in the units the
 * air uses (1/10 000 minute, 1/10 knot, 1/10 degree). Stateless.
 */
public final class AisMessages {
    private static final int EPFD_GPS = 1;
    private static final int AIS_VERSION = 2;
    /** Communication state of a SOTDMA report with nothing special to say (sync to UTC direct, slot time-out 0). */
    private static final int RADIO_STATUS = 0;

    private AisMessages() {
    }

    /**
     * A Class A position report: message 1 when scheduled, 3 when sent as an extra report while
     * changing course, 2 for a station in assigned mode (a Border Guard boat the shore has set to report).
     */
    public static PositionReportClassA classA(Identity identity, SimVesselState state, LonLat reported) {
        int type = identity.kind() == Kind.PATROL ? 2 : ReportingIntervals.changingCourse(state) ? 3 : 1;
        return new PositionReportClassA(type, 0, identity.mmsi(), state.navigationStatus(), rateOfTurn(state),
                speed(state.speedKnots()), false, longitude(reported), latitude(reported), course(state.courseDegrees()),
                heading(state.courseDegrees()), second(state.timeMillis()), 0, 0, false, RADIO_STATUS);
    }

    /** A Class B "CS" position report, message 18. */
    public static StandardClassBPositionReport classB(Identity identity, SimVesselState state, LonLat reported) {
        return new StandardClassBPositionReport(18, 0, identity.mmsi(), 0, speed(state.speedKnots()), false,
                longitude(reported), latitude(reported), course(state.courseDegrees()), 511, second(state.timeMillis()),
                0, true, false, false, true, false, false, false, 0b1100000000000000110);
    }

    /** Static and voyage related data, message 5 (ETA a day after {@code timeMillis}). */
    public static StaticAndVoyageData staticAndVoyage(Identity identity, long timeMillis) {
        ZonedDateTime eta = Instant.ofEpochMilli(timeMillis).atZone(ZoneOffset.UTC).plusDays(1);
        int draughtTenthMetres = Math.min(255, Math.max(10, identity.lengthMetres() * 10 / 18));
        return new StaticAndVoyageData(5, 0, identity.mmsi(), AIS_VERSION, identity.imoNumber(), text(identity.callSign(), 7),
                text(identity.name(), 20), identity.kind().aisShipType(), dimensions(identity), EPFD_GPS,
                eta.getMonthValue(), eta.getDayOfMonth(), eta.getHour(), 0, draughtTenthMetres,
                text(identity.destination() == null ? "" : identity.destination(), 20), false, 0);
    }

    /** Static data report part A (name), message 24. */
    public static StaticDataReport.PartA staticPartA(Identity identity) {
        return new StaticDataReport.PartA(24, 0, identity.mmsi(), 0, text(identity.name(), 20), 0);
    }

    /** Static data report part B (type, vendor, call sign, dimensions), message 24. */
    public static StaticDataReport.PartB staticPartB(Identity identity) {
        return new StaticDataReport.PartB(24, 0, identity.mmsi(), 1, identity.kind().aisShipType(), "SIM", 1,
                identity.mmsi() % 1_000_000, text(identity.callSign(), 7), dimensions(identity), EPFD_GPS, 0);
    }

    /** Base station report, message 4, with the UTC time of {@code timeMillis}. */
    public static BaseStationReport baseStation(FixedStation station, long timeMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(timeMillis).atZone(ZoneOffset.UTC);
        return new BaseStationReport(4, 0, station.mmsi(), t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                t.getMinute(), t.getSecond(), true, longitude(station.position()), latitude(station.position()),
                EPFD_GPS, false, 0, false, RADIO_STATUS);
    }

    /** Aid to navigation report, message 21 (real, on position). */
    public static AidToNavigationReport aidToNavigation(FixedStation aid, long timeMillis) {
        return new AidToNavigationReport(21, 0, aid.mmsi(), aid.aidType(), text(aid.name(), 20), true,
                longitude(aid.position()), latitude(aid.position()), new ShipDimensions(0, 0, 0, 0), EPFD_GPS,
                second(timeMillis), false, 0, false, false, false, 0, "");
    }

    private static ShipDimensions dimensions(Identity identity) {
        int bow = identity.lengthMetres() * 2 / 3;
        int port = identity.beamMetres() / 2;
        return new ShipDimensions(Math.min(511, bow), Math.min(511, identity.lengthMetres() - bow), Math.min(63, port),
                Math.min(63, identity.beamMetres() - port));
    }

    private static int longitude(LonLat p) {
        return (int) Math.round(p.lon() * 600_000);
    }

    private static int latitude(LonLat p) {
        return (int) Math.round(p.lat() * 600_000);
    }

    private static int speed(double knots) {
        return (int) Math.min(1022, Math.round(knots * 10));
    }

    private static int course(double degrees) {
        return (int) Math.round(degrees * 10) % 3600;
    }

    private static int heading(double degrees) {
        return (int) Math.round(degrees) % 360;
    }

    private static int second(long timeMillis) {
        return Math.floorMod(timeMillis / 1000, 60);
    }

    /**
     * ROT_AIS = 4.733 √(ROT_IND), signed, within ±126 (M.1371-5 Table 46); 0 when the vessel is not
     * changing course (a slow or stopped vessel's wandering course over ground is no turn).
     */
    private static int rateOfTurn(SimVesselState state) {
        if (!ReportingIntervals.changingCourse(state)) {
            return 0;
        }
        double rot = state.rateOfTurnDegreesPerMinute();
        int value = (int) Math.round(4.733 * Math.sqrt(Math.abs(rot)));
        return (int) Math.copySign(Math.min(126, value), rot);
    }

    /** {@code value} in the AIS 6-bit character set: upper case, unknown characters as spaces, cut to {@code max}. */
    private static String text(String value, int max) {
        String upper = value.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(Math.min(max, upper.length()));
        for (int i = 0; i < upper.length() && out.length() < max; i++) {
            char c = upper.charAt(i);
            out.append(c >= 32 && c <= 95 ? c : ' ');
        }
        return out.toString();
    }
}
