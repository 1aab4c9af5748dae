package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 27: position report for long-range applications, such as reception by satellite
 * (ITU-R M.1371-5 Annex 8 §3.25). 96 bits; coarse: position in 1/10 minute, speed in knots and
 * course in degrees. gpsd also takes it at 168 bits (a full slot, seen in the wild).
 *
 * @param messageType 27
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param positionAccurate position accuracy flag (true: better than 10 m, DGNSS)
 * @param raim RAIM flag
 * @param navigationStatus 0-15, as in messages 1-3; see
 *     {@link io.coastwatch.ais.json.GpsdText#navigationStatus}
 * @param longitudeTenthMinute longitude in 1/10 minute, 181° (108 600) not available
 * @param latitudeTenthMinute latitude in 1/10 minute, 91° (54 600) not available
 * @param speedWholeKnots speed over ground in knots, 0-62, 63 not available
 * @param courseWholeDegrees course over ground in degrees, 0-359, 511 not available
 * @param positionLatent position latency flag: false when the position is less than 5 s old
 *     (a current GNSS position), true otherwise (gpsd's {@code gnss})
 * @param spare the spare bit, as sent
 */
public record LongRangePositionReport(
        int messageType,
        int repeatIndicator,
        int mmsi,
        boolean positionAccurate,
        boolean raim,
        int navigationStatus,
        int longitudeTenthMinute,
        int latitudeTenthMinute,
        int speedWholeKnots,
        int courseWholeDegrees,
        boolean positionLatent,
        int spare) implements AisMessage, PositionReport {

    /** Length in bits. */
    public static final int BITS = 96;
    /** Latitude and longitude units per degree: 1/10 minute. */
    public static final int POSITION_UNITS_PER_DEGREE = 600;
    /** Speed "not available", in knots. */
    public static final int SPEED_NOT_AVAILABLE = 63;
    /** Course "not available", in degrees. */
    public static final int COURSE_NOT_AVAILABLE = 511;

    /** Decodes a loaded message 27. */
    public static LongRangePositionReport decode(BitReader bits) {
        return new LongRangePositionReport(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.flag(38),
                bits.flag(39),
                bits.unsigned(40, 4),
                bits.signed(44, 18),
                bits.signed(62, 17),
                bits.unsigned(79, 6),
                bits.unsigned(85, 9),
                bits.flag(94),
                bits.unsigned(95, 1));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).flag(positionAccurate).flag(raim)
                .bits(navigationStatus, 4).bits(longitudeTenthMinute, 18).bits(latitudeTenthMinute, 17)
                .bits(speedWholeKnots, 6).bits(courseWholeDegrees, 9).flag(positionLatent).bits(spare, 1);
    }

    /** Longitude in degrees; NaN for 181° ("not available") or any value beyond ±180°. */
    @Override
    public double longitudeDegrees() {
        return Math.abs(longitudeTenthMinute) > 180 * POSITION_UNITS_PER_DEGREE
                ? Double.NaN : (double) longitudeTenthMinute / POSITION_UNITS_PER_DEGREE;
    }

    /** Latitude in degrees; NaN for 91° ("not available") or any value beyond ±90°. */
    @Override
    public double latitudeDegrees() {
        return Math.abs(latitudeTenthMinute) > 90 * POSITION_UNITS_PER_DEGREE
                ? Double.NaN : (double) latitudeTenthMinute / POSITION_UNITS_PER_DEGREE;
    }

    /** Speed over ground in knots, NaN when not available. */
    @Override
    public double speedKnots() {
        return speedWholeKnots == SPEED_NOT_AVAILABLE ? Double.NaN : speedWholeKnots;
    }

    /** Course over ground in degrees, NaN when not available (511) or invalid (360-510). */
    @Override
    public double courseDegrees() {
        return courseWholeDegrees < 360 ? courseWholeDegrees : Double.NaN;
    }

    /** Always -1: the message has no heading. */
    @Override
    public int headingDegrees() {
        return -1;
    }
}
