package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * Clearance time to enter port, DAC 1 FI 18, addressed in message 6 (IMO SN.1/Circ.289 §9): 272
 * bits of application data. gpsd decodes it at any length, missing fields reading as zero.
 *
 * @param messageLinkageId links this message to related ones from the same source, 10 bits
 * @param month UTC month of the clearance time, 1-12; 0 not available
 * @param day UTC day, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param portAndBerth name of the port and berth (20 characters)
 * @param destination destination, UN/LOCODE (5 characters)
 * @param longitudeThousandthMinute longitude of the position in 1/1000 minute, 181° not available
 * @param latitudeThousandthMinute latitude of the position in 1/1000 minute, 91° not available
 */
public record ClearanceTimeToEnterPort(
        int messageLinkageId,
        int month,
        int day,
        int hour,
        int minute,
        String portAndBerth,
        String destination,
        int longitudeThousandthMinute,
        int latitudeThousandthMinute) implements ApplicationData {

    /** Application data bits (43 spare bits at the end). */
    public static final int BITS = 272;

    /** Decodes the application data (bit 0 is the first bit after the FI); missing bits read as zero. */
    static ClearanceTimeToEnterPort decode(BitReader bits) {
        return new ClearanceTimeToEnterPort(
                bits.unsigned(0, 10),
                bits.unsigned(10, 4),
                bits.unsigned(14, 5),
                bits.unsigned(19, 5),
                bits.unsigned(24, 6),
                bits.text(30, 20),
                bits.text(150, 5),
                bits.signed(180, 25),
                bits.signed(205, 24));
    }

    /** Longitude in degrees, NaN when not available. */
    public double longitudeDegrees() {
        return Conversions.degrees(longitudeThousandthMinute, 1000, 180);
    }

    /** Latitude in degrees, NaN when not available. */
    public double latitudeDegrees() {
        return Conversions.degrees(latitudeThousandthMinute, 1000, 90);
    }
}
