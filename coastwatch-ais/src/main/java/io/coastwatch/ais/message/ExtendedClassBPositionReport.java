package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 19: extended position report of a Class B station, with its static data
 * (ITU-R M.1371-5 Annex 8 §3.17). 312 bits.
 *
 * @param messageType 19
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param reserved eight bits reserved for regional or future use, as sent (gpsd's {@code reserved})
 * @param speedTenthKnots speed over ground in 1/10 knot, 1023 not available
 * @param positionAccurate position accuracy flag (true: better than 10 m, DGNSS)
 * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
 * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
 * @param courseTenthDegrees course over ground in 1/10 degree, 3600 not available
 * @param trueHeading true heading in degrees, 511 not available
 * @param second UTC second of the report, 0-59; 60 not available, 61-63 special modes
 * @param regionalReserved four bits reserved for regional applications, as sent (gpsd's {@code regional})
 * @param shipName ship name, up to 20 characters, trimmed ("" not available)
 * @param shipType type of ship and cargo, 0-255 (0 not available); see
 *     {@link io.coastwatch.ais.json.GpsdText#shipType}
 * @param dimensions dimensions and reference point
 * @param epfd type of position-fixing device, 0-15; see {@link io.coastwatch.ais.json.GpsdText#epfd}
 * @param raim RAIM flag
 * @param dteNotReady data terminal equipment flag: false when a DTE is ready, true when not
 * @param assignedMode true when the station is in assigned mode
 * @param spare four spare bits, as sent
 */
public record ExtendedClassBPositionReport(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int reserved,
        int speedTenthKnots,
        boolean positionAccurate,
        int longitudeTenThousandthMinute,
        int latitudeTenThousandthMinute,
        int courseTenthDegrees,
        int trueHeading,
        int second,
        int regionalReserved,
        String shipName,
        int shipType,
        ShipDimensions dimensions,
        int epfd,
        boolean raim,
        boolean dteNotReady,
        boolean assignedMode,
        int spare) implements AisMessage, ClassBPositionReport {

    /** Length in bits; gpsd rejects shorter messages. */
    public static final int BITS = 312;

    /** Decodes a loaded message 19. */
    public static ExtendedClassBPositionReport decode(BitReader bits) {
        return new ExtendedClassBPositionReport(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 8),
                bits.unsigned(46, 10),
                bits.flag(56),
                bits.signed(57, 28),
                bits.signed(85, 27),
                bits.unsigned(112, 12),
                bits.unsigned(124, 9),
                bits.unsigned(133, 6),
                bits.unsigned(139, 4),
                bits.text(143, 20),
                bits.unsigned(263, 8),
                ShipDimensions.decode(bits, 271),
                bits.unsigned(301, 4),
                bits.flag(305),
                bits.flag(306),
                bits.flag(307),
                bits.unsigned(308, 4));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(reserved, 8).bits(speedTenthKnots, 10)
                .flag(positionAccurate).bits(longitudeTenThousandthMinute, 28).bits(latitudeTenThousandthMinute, 27)
                .bits(courseTenthDegrees, 12).bits(trueHeading, 9).bits(second, 6).bits(regionalReserved, 4)
                .text(shipName, 20).bits(shipType, 8);
        dimensions.encode(out);
        out.bits(epfd, 4).flag(raim).flag(dteNotReady).flag(assignedMode).bits(spare, 4);
    }
}
