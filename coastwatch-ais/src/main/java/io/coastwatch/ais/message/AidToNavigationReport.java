package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 21: aid-to-navigation report (ITU-R M.1371-5 Annex 8 §3.19). 272 bits, then up to 14
 * more characters of name (the name extension) and spare bits to a byte boundary, 360 bits at most.
 *
 * <p>The name is sent in two fields: 20 characters, continued by the extension when the name is
 * longer. Both are kept as sent up to their first {@code '@'}, trailing spaces included, since a
 * space at the end of the first field can belong to the name; {@link #fullName()} joins them as
 * gpsd does. The spare bits after the extension are not kept: {@link #encode} ends the message
 * with the extension's last character.
 *
 * <p>An aid to navigation does not move (an off-position flag says when a floating one has
 * drifted), so as a {@link PositionReport} it has no speed, course or heading.
 *
 * @param messageType 21
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param aidType type of aid to navigation, 0-31 (0 not specified); see
 *     {@link io.coastwatch.ais.json.GpsdText#aidType}
 * @param name the 20-character name field up to its first {@code '@'}, trailing spaces kept
 * @param positionAccurate position accuracy flag (true: better than 10 m, DGNSS)
 * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
 * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
 * @param dimensions dimensions of the aid and its reference point
 * @param epfd type of position-fixing device, 0-15; see {@link io.coastwatch.ais.json.GpsdText#epfd}
 * @param second UTC second of the report, 0-59; 60 not available, 61-63 special modes
 * @param offPosition off-position indicator: true when a floating aid is off its assigned position
 *     (meaningful only when {@code second} is 0-59)
 * @param regionalReserved eight bits reserved for regional applications, as sent (gpsd's {@code regional})
 * @param raim RAIM flag
 * @param virtualAid true for a virtual aid to navigation (no physical aid at the position)
 * @param assignedMode true when the station is in assigned mode
 * @param spare the spare bit, as sent
 * @param nameExtension the name extension, 0-14 characters up to the first {@code '@'}, trailing
 *     spaces kept
 */
public record AidToNavigationReport(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int aidType,
        String name,
        boolean positionAccurate,
        int longitudeTenThousandthMinute,
        int latitudeTenThousandthMinute,
        ShipDimensions dimensions,
        int epfd,
        int second,
        boolean offPosition,
        int regionalReserved,
        boolean raim,
        boolean virtualAid,
        boolean assignedMode,
        int spare,
        String nameExtension) implements AisMessage, PositionReport {

    /** Length in bits without the name extension; gpsd rejects shorter messages. */
    public static final int BITS = 272;
    /** Characters of the name field. */
    public static final int NAME_CHARACTERS = 20;
    /** Most characters of the name extension. */
    public static final int MAX_EXTENSION_CHARACTERS = 14;

    /** Decodes a loaded message 21. */
    public static AidToNavigationReport decode(BitReader bits) {
        return new AidToNavigationReport(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 5),
                bits.untrimmedText(43, NAME_CHARACTERS),
                bits.flag(163),
                bits.signed(164, 28),
                bits.signed(192, 27),
                ShipDimensions.decode(bits, 219),
                bits.unsigned(249, 4),
                bits.unsigned(253, 6),
                bits.flag(259),
                bits.unsigned(260, 8),
                bits.flag(268),
                bits.flag(269),
                bits.flag(270),
                bits.unsigned(271, 1),
                bits.untrimmedText(BITS, MAX_EXTENSION_CHARACTERS));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(aidType, 5).text(name, NAME_CHARACTERS)
                .flag(positionAccurate).bits(longitudeTenThousandthMinute, 28).bits(latitudeTenThousandthMinute, 27);
        dimensions.encode(out);
        out.bits(epfd, 4).bits(second, 6).flag(offPosition).bits(regionalReserved, 8).flag(raim).flag(virtualAid)
                .flag(assignedMode).bits(spare, 1)
                .text(nameExtension, Math.min(nameExtension.length(), MAX_EXTENSION_CHARACTERS));
    }

    /**
     * The whole name, trailing spaces trimmed: the name field continued by the extension when the
     * field is full (20 characters before any {@code '@'}), as gpsd reports it.
     */
    public String fullName() {
        String joined = name.length() == NAME_CHARACTERS ? name + nameExtension : name;
        return joined.stripTrailing();
    }

    @Override
    public double longitudeDegrees() {
        return NotAvailable.longitudeDegrees(longitudeTenThousandthMinute);
    }

    @Override
    public double latitudeDegrees() {
        return NotAvailable.latitudeDegrees(latitudeTenThousandthMinute);
    }

    /** Always NaN: the message has no speed. */
    @Override
    public double speedKnots() {
        return Double.NaN;
    }

    /** Always NaN: the message has no course. */
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
