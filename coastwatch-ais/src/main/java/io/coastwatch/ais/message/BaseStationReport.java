package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 4, base station report, and message 11, UTC and date response (ITU-R M.1371-5 Annex 8
 * §3.2, same layout): a station's UTC date and time and its position. 168 bits.
 *
 * <p>A base station is fixed, so as a {@link PositionReport} it has no speed, course or heading.
 *
 * @param messageType 4 (base station report) or 11 (UTC and date response of a mobile station)
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param year UTC year 1-9999, 0 not available
 * @param month UTC month 1-12, 0 not available
 * @param day UTC day 1-31, 0 not available
 * @param hour UTC hour 0-23, 24 not available
 * @param minute UTC minute 0-59, 60 not available
 * @param second UTC second 0-59, 60 not available
 * @param positionAccurate position accuracy flag (true: better than 10 m, DGNSS)
 * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
 * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
 * @param epfd type of position-fixing device, 0-15; see {@link io.coastwatch.ais.json.GpsdText#epfd}
 * @param longRangeControl transmission control for long-range broadcast (message 27): true to
 *     request it (ITU-R M.1371-5; a spare bit before)
 * @param spare nine spare bits, as sent
 * @param raim RAIM flag
 * @param radioStatus SOTDMA communication state, 19 bits
 */
public record BaseStationReport(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int year,
        int month,
        int day,
        int hour,
        int minute,
        int second,
        boolean positionAccurate,
        int longitudeTenThousandthMinute,
        int latitudeTenThousandthMinute,
        int epfd,
        boolean longRangeControl,
        int spare,
        boolean raim,
        int radioStatus) implements AisMessage, PositionReport {

    /** Length in bits; gpsd rejects shorter messages. */
    public static final int BITS = 168;

    /** Decodes a loaded message 4 or 11. */
    public static BaseStationReport decode(BitReader bits) {
        return new BaseStationReport(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 14),
                bits.unsigned(52, 4),
                bits.unsigned(56, 5),
                bits.unsigned(61, 5),
                bits.unsigned(66, 6),
                bits.unsigned(72, 6),
                bits.flag(78),
                bits.signed(79, 28),
                bits.signed(107, 27),
                bits.unsigned(134, 4),
                bits.flag(138),
                bits.unsigned(139, 9),
                bits.flag(148),
                bits.unsigned(149, 19));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(year, 14).bits(month, 4)
                .bits(day, 5).bits(hour, 5).bits(minute, 6).bits(second, 6).flag(positionAccurate)
                .bits(longitudeTenThousandthMinute, 28).bits(latitudeTenThousandthMinute, 27).bits(epfd, 4)
                .flag(longRangeControl).bits(spare, 9).flag(raim).bits(radioStatus, 19);
    }

    @Override
    public double longitudeDegrees() {
        return NotAvailable.longitudeDegrees(longitudeTenThousandthMinute);
    }

    @Override
    public double latitudeDegrees() {
        return NotAvailable.latitudeDegrees(latitudeTenThousandthMinute);
    }

    /** Always NaN: a base station does not move. */
    @Override
    public double speedKnots() {
        return Double.NaN;
    }

    /** Always NaN: a base station does not move. */
    @Override
    public double courseDegrees() {
        return Double.NaN;
    }

    /** Always -1: the message has no heading. */
    @Override
    public int headingDegrees() {
        return -1;
    }
}
