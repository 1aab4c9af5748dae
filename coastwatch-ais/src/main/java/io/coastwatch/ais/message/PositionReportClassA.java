package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Messages 1, 2 and 3: position report of a Class A station (ITU-R M.1371-5 §3.1, Table 46).
 * 168 bits. Like recent gpsd, messages of 163 to 167 bits (seen in the wild) are decoded too: their
 * radio status holds the bits that were sent, right-aligned.
 *
 * @param messageType 1 (scheduled), 2 (assigned scheduled) or 3 (special, on interrogation)
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param navigationStatus 0-15 (0 under way using engine … 15 not defined); see {@link io.coastwatch.ais.json.GpsdText#navigationStatus}
 * @param rateOfTurn ROT_AIS as sent, -128 to 127 (-128 not available, ±127 turning faster than 5°/30 s
 *     with no turn indicator)
 * @param speedTenthKnots speed over ground in 1/10 knot, 1023 not available
 * @param positionAccurate position accuracy flag (true: better than 10 m, DGNSS)
 * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
 * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
 * @param courseTenthDegrees course over ground in 1/10 degree, 3600 not available
 * @param trueHeading true heading in degrees, 511 not available
 * @param second UTC second of the report, 0-59; 60 not available, 61-63 special modes
 * @param maneuver special manoeuvre indicator, 0-2
 * @param spare three spare bits, as sent
 * @param raim RAIM flag
 * @param radioStatus communication state, 19 bits (fewer in a short message)
 */
public record PositionReportClassA(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int navigationStatus,
        int rateOfTurn,
        int speedTenthKnots,
        boolean positionAccurate,
        int longitudeTenThousandthMinute,
        int latitudeTenThousandthMinute,
        int courseTenthDegrees,
        int trueHeading,
        int second,
        int maneuver,
        int spare,
        boolean raim,
        int radioStatus) implements AisMessage, PositionReport {

    /** Nominal length in bits. */
    public static final int BITS = 168;
    /** Fewest bits decoded, as gpsd. */
    public static final int MINIMUM_BITS = 163;

    /** Decodes a loaded message 1, 2 or 3. */
    public static PositionReportClassA decode(BitReader bits) {
        return new PositionReportClassA(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 4),
                bits.signed(42, 8),
                bits.unsigned(50, 10),
                bits.flag(60),
                bits.signed(61, 28),
                bits.signed(89, 27),
                bits.unsigned(116, 12),
                bits.unsigned(128, 9),
                bits.unsigned(137, 6),
                bits.unsigned(143, 2),
                bits.unsigned(145, 3),
                bits.flag(148),
                bits.unsigned(149, Math.min(19, bits.bitLength() - 149)));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(navigationStatus, 4)
                .bits(rateOfTurn, 8).bits(speedTenthKnots, 10).flag(positionAccurate)
                .bits(longitudeTenThousandthMinute, 28).bits(latitudeTenThousandthMinute, 27)
                .bits(courseTenthDegrees, 12).bits(trueHeading, 9).bits(second, 6).bits(maneuver, 2)
                .bits(spare, 3).flag(raim).bits(radioStatus, 19);
    }

    /** Longitude in degrees, NaN when not available. */
    public double longitudeDegrees() {
        return NotAvailable.longitudeDegrees(longitudeTenThousandthMinute);
    }

    /** Latitude in degrees, NaN when not available. */
    public double latitudeDegrees() {
        return NotAvailable.latitudeDegrees(latitudeTenThousandthMinute);
    }

    /** Speed over ground in knots, NaN when not available. */
    public double speedKnots() {
        return NotAvailable.speedKnots(speedTenthKnots);
    }

    /** Course over ground in degrees, NaN when not available. */
    public double courseDegrees() {
        return NotAvailable.courseDegrees(courseTenthDegrees);
    }

    /** True heading in degrees 0-359, or -1 when not available. */
    public int headingDegrees() {
        return NotAvailable.headingDegrees(trueHeading);
    }

    /**
     * Rate of turn in degrees per minute (positive to starboard), from ROT_IND = (ROT_AIS / 4.733)²;
     * NaN when not available (-128) or when only the direction is known (±127).
     */
    public double rateOfTurnDegreesPerMinute() {
        if (rateOfTurn == NotAvailable.RATE_OF_TURN || Math.abs(rateOfTurn) == 127) {
            return Double.NaN;
        }
        double root = rateOfTurn / 4.733;
        return Math.copySign(root * root, rateOfTurn);
    }
}
