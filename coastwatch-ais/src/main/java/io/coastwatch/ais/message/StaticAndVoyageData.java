package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 5: static and voyage related data of a Class A station (ITU-R M.1371-5 Annex 8 §3.3).
 * 424 bits, sent in two sentences. Many transmitters send 420 or 422 bits; like gpsd, those are
 * decoded with the missing trailing bits read as zero.
 *
 * @param messageType 5
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param aisVersion AIS version indicator, 0-3 (0: ITU-R M.1371-1)
 * @param imoNumber IMO number, 0 not available
 * @param callSign call sign, up to 7 characters, trimmed ("" not available)
 * @param shipName ship name, up to 20 characters, trimmed ("" not available)
 * @param shipType type of ship and cargo, 0-255 (0 not available); see
 *     {@link io.coastwatch.ais.json.GpsdText#shipType}
 * @param dimensions dimensions and reference point
 * @param epfd type of position-fixing device, 0-15; see {@link io.coastwatch.ais.json.GpsdText#epfd}
 * @param etaMonth estimated time of arrival, UTC month 1-12, 0 not available
 * @param etaDay ETA day 1-31, 0 not available
 * @param etaHour ETA hour 0-23, 24 not available
 * @param etaMinute ETA minute 0-59, 60 not available
 * @param draughtTenthMetres maximum present static draught in 1/10 m, 0 not available, 255 for
 *     25.5 m or more
 * @param destination destination, up to 20 characters, trimmed ("" not available)
 * @param dteNotReady data terminal equipment flag: false when a DTE is ready, true (the default)
 *     when not
 * @param spare the spare bit, as sent
 */
public record StaticAndVoyageData(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int aisVersion,
        int imoNumber,
        String callSign,
        String shipName,
        int shipType,
        ShipDimensions dimensions,
        int epfd,
        int etaMonth,
        int etaDay,
        int etaHour,
        int etaMinute,
        int draughtTenthMetres,
        String destination,
        boolean dteNotReady,
        int spare) implements AisMessage {

    /** Nominal length in bits. */
    public static final int BITS = 424;
    /** Fewest bits decoded, as gpsd: real transmitters often send 420 or 422. */
    public static final int MINIMUM_BITS = 420;

    /** Decodes a loaded message 5. */
    public static StaticAndVoyageData decode(BitReader bits) {
        return new StaticAndVoyageData(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.text(70, 7),
                bits.text(112, 20),
                bits.unsigned(232, 8),
                ShipDimensions.decode(bits, 240),
                bits.unsigned(270, 4),
                bits.unsigned(274, 4),
                bits.unsigned(278, 5),
                bits.unsigned(283, 5),
                bits.unsigned(288, 6),
                bits.unsigned(294, 8),
                bits.text(302, 20),
                bits.flag(422),
                bits.unsigned(423, 1));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(aisVersion, 2).bits(imoNumber, 30)
                .text(callSign, 7).text(shipName, 20).bits(shipType, 8);
        dimensions.encode(out);
        out.bits(epfd, 4).bits(etaMonth, 4).bits(etaDay, 5).bits(etaHour, 5).bits(etaMinute, 6)
                .bits(draughtTenthMetres, 8).text(destination, 20).flag(dteNotReady).bits(spare, 1);
    }

    /** Draught in metres; NaN when not available (0). */
    public double draughtMetres() {
        return draughtTenthMetres == 0 ? Double.NaN : draughtTenthMetres / 10.0;
    }
}
