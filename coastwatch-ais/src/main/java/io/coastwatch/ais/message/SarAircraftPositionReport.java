package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 9: standard position report of a search-and-rescue aircraft (ITU-R M.1371-5 Annex 8 §3.7).
 * 168 bits. Speed is in whole knots, not tenths as for ships, and there is no heading.
 *
 * @param messageType 9
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param altitudeWholeMetres altitude (GNSS or barometric) in metres, 4095 not available, 4094 for
 *     4094 m or higher
 * @param speedWholeKnots speed over ground in knots, 1023 not available, 1022 for 1022 knots or more
 * @param positionAccurate position accuracy flag (true: better than 10 m, DGNSS)
 * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
 * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
 * @param courseTenthDegrees course over ground in 1/10 degree, 3600 not available
 * @param second UTC second of the report, 0-59; 60 not available, 61-63 special modes
 * @param regionalReserved eight bits reserved for regional applications (gpsd's {@code regional};
 *     ITU-R M.1371-5 gives its first bit to the altitude sensor)
 * @param dteNotReady data terminal equipment flag: false when a DTE is ready, true when not
 * @param spare three spare bits, as sent
 * @param assignedMode true when the station is in assigned mode
 * @param raim RAIM flag
 * @param radioStatus communication state selector flag and communication state, 20 bits
 */
public record SarAircraftPositionReport(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int altitudeWholeMetres,
        int speedWholeKnots,
        boolean positionAccurate,
        int longitudeTenThousandthMinute,
        int latitudeTenThousandthMinute,
        int courseTenthDegrees,
        int second,
        int regionalReserved,
        boolean dteNotReady,
        int spare,
        boolean assignedMode,
        boolean raim,
        int radioStatus) implements AisMessage, PositionReport {

    /** Length in bits; gpsd rejects shorter messages. */
    public static final int BITS = 168;
    /** Altitude "not available". */
    public static final int ALTITUDE_NOT_AVAILABLE = 4095;
    /** Altitude meaning "4094 m or higher". */
    public static final int ALTITUDE_HIGH = 4094;
    /** Speed "not available", in knots. */
    public static final int SPEED_NOT_AVAILABLE = 1023;
    /** Speed meaning "1022 knots or more". */
    public static final int SPEED_FAST = 1022;

    /** Decodes a loaded message 9. */
    public static SarAircraftPositionReport decode(BitReader bits) {
        return new SarAircraftPositionReport(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 12),
                bits.unsigned(50, 10),
                bits.flag(60),
                bits.signed(61, 28),
                bits.signed(89, 27),
                bits.unsigned(116, 12),
                bits.unsigned(128, 6),
                bits.unsigned(134, 8),
                bits.flag(142),
                bits.unsigned(143, 3),
                bits.flag(146),
                bits.flag(147),
                bits.unsigned(148, 20));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(altitudeWholeMetres, 12)
                .bits(speedWholeKnots, 10).flag(positionAccurate).bits(longitudeTenThousandthMinute, 28)
                .bits(latitudeTenThousandthMinute, 27).bits(courseTenthDegrees, 12).bits(second, 6)
                .bits(regionalReserved, 8).flag(dteNotReady).bits(spare, 3).flag(assignedMode).flag(raim)
                .bits(radioStatus, 20);
    }

    /** Altitude in metres (4094 meaning 4094 m or higher), or -1 when not available. */
    public int altitudeMetres() {
        return altitudeWholeMetres == ALTITUDE_NOT_AVAILABLE ? -1 : altitudeWholeMetres;
    }

    @Override
    public double longitudeDegrees() {
        return NotAvailable.longitudeDegrees(longitudeTenThousandthMinute);
    }

    @Override
    public double latitudeDegrees() {
        return NotAvailable.latitudeDegrees(latitudeTenThousandthMinute);
    }

    /** Speed over ground in knots (1022 meaning 1022 or more), NaN when not available. */
    @Override
    public double speedKnots() {
        return speedWholeKnots == SPEED_NOT_AVAILABLE ? Double.NaN : speedWholeKnots;
    }

    @Override
    public double courseDegrees() {
        return NotAvailable.courseDegrees(courseTenthDegrees);
    }

    /** Always -1: the message has no heading. */
    @Override
    public int headingDegrees() {
        return -1;
    }
}
