package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Route information, DAC 1 FI 27 broadcast in message 8 and FI 28 addressed in message 6 (IMO
 * SN.1/Circ.289 §10): the route's type, start and duration, then its waypoints of 55 bits. As gpsd
 * does, as many waypoints as the waypoint count says (0-31), those past the end of the data read as zero.
 *
 * @param messageLinkageId links this message to others, 0-1023
 * @param sender 0 ship = route plan, 1 shore = route plan, 2-7 reserved
 * @param routeType 0 not available, 1 mandatory, 2 recommended, 3 alternative, 4 recommended through
 *     ice, 5 ship's route plan, 6-30 reserved, 31 cancel the route of this linkage id
 * @param month UTC month the route starts, 1-12; 0 not available
 * @param day UTC day, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param durationMinutes minutes the route lasts from its start, 0-262142; 262143 not available
 * @param waypoints the waypoints, as many as the count sent
 */
public record RouteInformation(int messageLinkageId, int sender, int routeType, int month, int day, int hour,
        int minute, int durationMinutes, List<Waypoint> waypoints) implements ApplicationData {

    /** Most waypoints (a 5-bit count). */
    public static final int MAX_WAYPOINTS = 31;
    private static final int WAYPOINTS_START = 61;
    private static final int WAYPOINT_BITS = 55;

    /** @throws IllegalArgumentException for more than {@value #MAX_WAYPOINTS} waypoints */
    public RouteInformation {
        waypoints = List.copyOf(waypoints);
        if (waypoints.size() > MAX_WAYPOINTS) {
            throw new IllegalArgumentException("at most " + MAX_WAYPOINTS + " waypoints, not " + waypoints.size());
        }
    }

    static RouteInformation decode(BitReader bits) {
        int count = bits.unsigned(56, 5);
        List<Waypoint> waypoints = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = WAYPOINTS_START + WAYPOINT_BITS * i;
            waypoints.add(new Waypoint(bits.signed(start, 28), bits.signed(start + 28, 27)));
        }
        return new RouteInformation(bits.unsigned(0, 10), bits.unsigned(10, 3), bits.unsigned(13, 5),
                bits.unsigned(18, 4), bits.unsigned(22, 5), bits.unsigned(27, 5), bits.unsigned(32, 6),
                bits.unsigned(38, 18), waypoints);
    }

    /** Writes the application data. */
    public void encode(BitWriter out) {
        out.bits(messageLinkageId, 10).bits(sender, 3).bits(routeType, 5).bits(month, 4).bits(day, 5)
                .bits(hour, 5).bits(minute, 6).bits(durationMinutes, 18).bits(waypoints.size(), 5);
        waypoints.forEach(waypoint -> out.bits(waypoint.longitudeTenThousandthMinute(), 28)
                .bits(waypoint.latitudeTenThousandthMinute(), 27));
    }

    /**
     * One waypoint.
     *
     * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
     * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
     */
    public record Waypoint(int longitudeTenThousandthMinute, int latitudeTenThousandthMinute) {

        /** Longitude in degrees, NaN when not available. */
        public double longitudeDegrees() {
            return Conversions.degrees(longitudeTenThousandthMinute, 10_000, 180);
        }

        /** Latitude in degrees, NaN when not available. */
        public double latitudeDegrees() {
            return Conversions.degrees(latitudeTenThousandthMinute, 10_000, 90);
        }
    }
}
