package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 18: standard position report of a Class B station (ITU-R M.1371-5 Annex 8 §3.16).
 * 168 bits.
 *
 * @param messageType 18
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
 * @param regionalReserved two bits reserved for regional applications, as sent (gpsd's {@code regional})
 * @param carrierSenseUnit Class B unit flag: true for a carrier-sense (CS) unit, false for SOTDMA
 * @param hasDisplay Class B display flag: true when the unit has a display for messages 12 and 14
 * @param hasDsc Class B DSC flag: true when the unit has a DSC function (dedicated or time-shared)
 * @param wholeBand Class B band flag: true when the unit can use the whole marine band, false for
 *     channels 87 and 88 only
 * @param acceptsMessage22 Class B message 22 flag: true when channels can be managed by message 22
 * @param assignedMode true when the station is in assigned mode
 * @param raim RAIM flag
 * @param radioStatus communication state selector flag and communication state, 20 bits
 */
public record StandardClassBPositionReport(
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
        boolean carrierSenseUnit,
        boolean hasDisplay,
        boolean hasDsc,
        boolean wholeBand,
        boolean acceptsMessage22,
        boolean assignedMode,
        boolean raim,
        int radioStatus) implements AisMessage, ClassBPositionReport {

    /** Length in bits; gpsd rejects shorter messages. */
    public static final int BITS = 168;

    /** Decodes a loaded message 18. */
    public static StandardClassBPositionReport decode(BitReader bits) {
        return new StandardClassBPositionReport(
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
                bits.unsigned(139, 2),
                bits.flag(141),
                bits.flag(142),
                bits.flag(143),
                bits.flag(144),
                bits.flag(145),
                bits.flag(146),
                bits.flag(147),
                bits.unsigned(148, 20));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(reserved, 8).bits(speedTenthKnots, 10)
                .flag(positionAccurate).bits(longitudeTenThousandthMinute, 28).bits(latitudeTenThousandthMinute, 27)
                .bits(courseTenthDegrees, 12).bits(trueHeading, 9).bits(second, 6).bits(regionalReserved, 2)
                .flag(carrierSenseUnit).flag(hasDisplay).flag(hasDsc).flag(wholeBand).flag(acceptsMessage22)
                .flag(assignedMode).flag(raim).bits(radioStatus, 20);
    }
}
