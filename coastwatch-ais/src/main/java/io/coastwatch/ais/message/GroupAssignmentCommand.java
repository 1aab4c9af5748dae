package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 23, group assignment command (ITU-R M.1371-5 §3.21): a base station sets the reporting
 * interval, transmit/receive mode and quiet time of the stations of one station type and ship type
 * within a rectangular area. 160 bits.
 *
 * @param messageType 23
 * @param repeatIndicator 0-3
 * @param mmsi source (base station) MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param northEastLongitudeTenthMinute longitude of the north-east corner in 1/10 minute (181° not
 *     available)
 * @param northEastLatitudeTenthMinute latitude of the north-east corner in 1/10 minute (91° not
 *     available)
 * @param southWestLongitudeTenthMinute longitude of the south-west corner in 1/10 minute
 * @param southWestLatitudeTenthMinute latitude of the south-west corner in 1/10 minute
 * @param stationType station type addressed, 0-15 (0 all mobiles, 2 all Class B, 3 SAR aircraft,
 *     5 Class B shipborne, 6-9 regional use …); see {@link io.coastwatch.ais.json.GpsdText#stationType}
 * @param shipType ship and cargo type addressed, 0-255 (0 all types); see
 *     {@link io.coastwatch.ais.json.GpsdText#shipType}
 * @param spare2 the 22 spare bits after the ship type, as sent
 * @param txRxMode transmit/receive mode, 0-3 (0 Tx A/B Rx A/B, 1 Tx A Rx A/B, 2 Tx B Rx A/B)
 * @param reportingInterval reporting interval code, 0-15 (0 as given by autonomous mode, 1 10 minutes,
 *     … 9 next shorter interval, 10 next longer interval)
 * @param quietTimeMinutes quiet time in minutes, 0-15 (0: none)
 * @param trailingSpare the 6 spare bits that end the message, as sent
 */
public record GroupAssignmentCommand(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int northEastLongitudeTenthMinute,
        int northEastLatitudeTenthMinute,
        int southWestLongitudeTenthMinute,
        int southWestLatitudeTenthMinute,
        int stationType,
        int shipType,
        int spare2,
        int txRxMode,
        int reportingInterval,
        int quietTimeMinutes,
        int trailingSpare) implements AisMessage {

    /** Nominal length in bits; as gpsd, shorter messages are rejected. */
    public static final int BITS = 160;

    /** Decodes a loaded message 23. */
    public static GroupAssignmentCommand decode(BitReader bits) {
        return new GroupAssignmentCommand(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.signed(40, 18),
                bits.signed(58, 17),
                bits.signed(75, 18),
                bits.signed(93, 17),
                bits.unsigned(110, 4),
                bits.unsigned(114, 8),
                bits.unsigned(122, 22),
                bits.unsigned(144, 2),
                bits.unsigned(146, 4),
                bits.unsigned(150, 4),
                bits.unsigned(154, 6));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(northEastLongitudeTenthMinute, 18).bits(northEastLatitudeTenthMinute, 17)
                .bits(southWestLongitudeTenthMinute, 18).bits(southWestLatitudeTenthMinute, 17)
                .bits(stationType, 4).bits(shipType, 8).bits(spare2, 22).bits(txRxMode, 2)
                .bits(reportingInterval, 4).bits(quietTimeMinutes, 4).bits(trailingSpare, 6);
    }

    /** Longitude of the north-east corner in degrees, NaN when not available. */
    public double northEastLongitudeDegrees() {
        return TenthMinute.longitudeDegrees(northEastLongitudeTenthMinute);
    }

    /** Latitude of the north-east corner in degrees, NaN when not available. */
    public double northEastLatitudeDegrees() {
        return TenthMinute.latitudeDegrees(northEastLatitudeTenthMinute);
    }

    /** Longitude of the south-west corner in degrees, NaN when not available. */
    public double southWestLongitudeDegrees() {
        return TenthMinute.longitudeDegrees(southWestLongitudeTenthMinute);
    }

    /** Latitude of the south-west corner in degrees, NaN when not available. */
    public double southWestLatitudeDegrees() {
        return TenthMinute.latitudeDegrees(southWestLatitudeTenthMinute);
    }
}
