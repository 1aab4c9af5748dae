package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Message 17: GNSS broadcast binary message (ITU-R M.1371-5 §3.17, Table 70), 80 to 816 bits: the
 * reference station's position and DGNSS corrections (ITU-R M.823 messages) as binary data.
 *
 * @param messageType always 17
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param spare the two spare bits after the MMSI, as sent
 * @param longitudeTenthMinute reference station longitude in 1/10 minute, 181° (108 600) not available
 * @param latitudeTenthMinute reference station latitude in 1/10 minute, 91° (54 600) not available
 * @param spare2 the five spare bits after the latitude, as sent
 * @param data the correction data (up to 736 bits)
 */
public record GnssBroadcastBinaryMessage(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int spare,
        int longitudeTenthMinute,
        int latitudeTenthMinute,
        int spare2,
        BinaryData data) implements AisMessage {

    /** Bits before the correction data (and the fewest gpsd accepts). */
    public static final int HEADER_BITS = 80;
    /** Most bits gpsd accepts. */
    public static final int MAX_BITS = 816;
    private static final int TENTH_MINUTES_PER_DEGREE = 600;

    /** Decodes a loaded message 17: the data runs from bit 80 to the end. */
    public static GnssBroadcastBinaryMessage decode(BitReader bits) {
        return new GnssBroadcastBinaryMessage(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.signed(40, 18),
                bits.signed(58, 17),
                bits.unsigned(75, 5),
                BinaryData.read(bits, HEADER_BITS, bits.bitLength() - HEADER_BITS));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(spare, 2)
                .bits(longitudeTenthMinute, 18).bits(latitudeTenthMinute, 17).bits(spare2, 5);
        data.writeTo(out);
    }

    /** Longitude in degrees, NaN when not available (181°) or beyond ±180°. */
    public double longitudeDegrees() {
        return Math.abs(longitudeTenthMinute) > 180 * TENTH_MINUTES_PER_DEGREE
                ? Double.NaN : longitudeTenthMinute / (double) TENTH_MINUTES_PER_DEGREE;
    }

    /** Latitude in degrees, NaN when not available (91°) or beyond ±90°. */
    public double latitudeDegrees() {
        return Math.abs(latitudeTenthMinute) > 90 * TENTH_MINUTES_PER_DEGREE
                ? Double.NaN : latitudeTenthMinute / (double) TENTH_MINUTES_PER_DEGREE;
    }
}
