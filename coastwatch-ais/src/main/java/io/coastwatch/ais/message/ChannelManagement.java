package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 22, channel management (ITU-R M.1371-5 §3.20): a base station sets the AIS channels,
 * transmit/receive mode and power either for the stations in a rectangular area (broadcast) or for
 * two addressed stations. 168 bits.
 *
 * <p>Bits 69 to 138 hold either the area (north-east and south-west corners, in 1/10 minute) or the
 * two destinations, as {@link #addressed()} says; the fields of the other form are zero.
 *
 * @param messageType 22
 * @param repeatIndicator 0-3
 * @param mmsi source (base station) MMSI
 * @param spare two spare bits after the source MMSI, as sent
 * @param channelA channel number of AIS channel A (ITU-R M.1084, 12 bits)
 * @param channelB channel number of AIS channel B
 * @param txRxMode transmit/receive mode, 0-15 (0 Tx A/B Rx A/B, 1 Tx A Rx A/B, 2 Tx B Rx A/B,
 *     3 Rx A/B only, 4 Rx A only, 5 Rx B only)
 * @param lowPower power flag (true: low power)
 * @param northEastLongitudeTenthMinute broadcast: longitude of the north-east corner in 1/10 minute
 *     (181° not available); 0 when addressed
 * @param northEastLatitudeTenthMinute broadcast: latitude of the north-east corner in 1/10 minute
 *     (91° not available); 0 when addressed
 * @param southWestLongitudeTenthMinute broadcast: longitude of the south-west corner; 0 when addressed
 * @param southWestLatitudeTenthMinute broadcast: latitude of the south-west corner; 0 when addressed
 * @param destinationMmsiA addressed: first station; 0 when broadcast
 * @param spareAfterDestinationA addressed: the five spare bits after it, as sent; 0 when broadcast
 * @param destinationMmsiB addressed: second station; 0 when broadcast
 * @param spareAfterDestinationB addressed: the five spare bits after it, as sent; 0 when broadcast
 * @param addressed true for the addressed form, false for the area (broadcast) form
 * @param channelABandwidth channel A bandwidth flag, as sent (0 as the channel number specifies;
 *     1 was 12.5 kHz in earlier editions)
 * @param channelBBandwidth channel B bandwidth flag, as sent
 * @param transitionalZoneSize size of the transitional zone, 0-7 for 1-8 nautical miles
 * @param trailingSpare the 23 spare bits that end the message, as sent
 */
public record ChannelManagement(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int channelA,
        int channelB,
        int txRxMode,
        boolean lowPower,
        int northEastLongitudeTenthMinute,
        int northEastLatitudeTenthMinute,
        int southWestLongitudeTenthMinute,
        int southWestLatitudeTenthMinute,
        int destinationMmsiA,
        int spareAfterDestinationA,
        int destinationMmsiB,
        int spareAfterDestinationB,
        boolean addressed,
        boolean channelABandwidth,
        boolean channelBBandwidth,
        int transitionalZoneSize,
        int trailingSpare) implements AisMessage {

    /** Nominal length in bits; as gpsd, shorter messages are rejected. */
    public static final int BITS = 168;

    /** Decodes a loaded message 22. */
    public static ChannelManagement decode(BitReader bits) {
        boolean addressed = bits.flag(139);
        return new ChannelManagement(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 12),
                bits.unsigned(52, 12),
                bits.unsigned(64, 4),
                bits.flag(68),
                addressed ? 0 : bits.signed(69, 18),
                addressed ? 0 : bits.signed(87, 17),
                addressed ? 0 : bits.signed(104, 18),
                addressed ? 0 : bits.signed(122, 17),
                addressed ? bits.unsigned(69, 30) : 0,
                addressed ? bits.unsigned(99, 5) : 0,
                addressed ? bits.unsigned(104, 30) : 0,
                addressed ? bits.unsigned(134, 5) : 0,
                addressed,
                bits.flag(140),
                bits.flag(141),
                bits.unsigned(142, 3),
                bits.unsigned(145, 23));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(channelA, 12).bits(channelB, 12).bits(txRxMode, 4).flag(lowPower);
        if (addressed) {
            out.bits(destinationMmsiA, 30).bits(spareAfterDestinationA, 5)
                    .bits(destinationMmsiB, 30).bits(spareAfterDestinationB, 5);
        } else {
            out.bits(northEastLongitudeTenthMinute, 18).bits(northEastLatitudeTenthMinute, 17)
                    .bits(southWestLongitudeTenthMinute, 18).bits(southWestLatitudeTenthMinute, 17);
        }
        out.flag(addressed).flag(channelABandwidth).flag(channelBBandwidth).bits(transitionalZoneSize, 3)
                .bits(trailingSpare, 23);
    }

    /** Longitude of the north-east corner in degrees; NaN when not available or addressed. */
    public double northEastLongitudeDegrees() {
        return addressed ? Double.NaN : TenthMinute.longitudeDegrees(northEastLongitudeTenthMinute);
    }

    /** Latitude of the north-east corner in degrees; NaN when not available or addressed. */
    public double northEastLatitudeDegrees() {
        return addressed ? Double.NaN : TenthMinute.latitudeDegrees(northEastLatitudeTenthMinute);
    }

    /** Longitude of the south-west corner in degrees; NaN when not available or addressed. */
    public double southWestLongitudeDegrees() {
        return addressed ? Double.NaN : TenthMinute.longitudeDegrees(southWestLongitudeTenthMinute);
    }

    /** Latitude of the south-west corner in degrees; NaN when not available or addressed. */
    public double southWestLatitudeDegrees() {
        return addressed ? Double.NaN : TenthMinute.latitudeDegrees(southWestLatitudeTenthMinute);
    }

    /** Width of the transitional zone in nautical miles, 1-8. */
    public int transitionalZoneNauticalMiles() {
        return transitionalZoneSize + 1;
    }
}
