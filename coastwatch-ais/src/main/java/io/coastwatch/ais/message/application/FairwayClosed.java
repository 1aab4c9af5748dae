package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Fairway closed, DAC 1 FI 13, broadcast in message 8 (IMO SN.1/Circ.236 (2004) annex 3): why, from
 * where to where, and when, 416 bits of application data. As gpsd does, decoded at any length, missing
 * bits reading as zero.
 *
 * @param reason reason for closing (20 characters)
 * @param closedFrom location the closing starts at (20 characters)
 * @param closedTo location the closing ends at (20 characters)
 * @param radius radius of the closed area, 0-1000 in {@code radiusUnit}; 1001-1023 reserved
 * @param radiusUnit of the radius: 0 metres, 1 kilometres, 2 nautical miles, 3 cables
 * @param fromDay UTC day the closing begins, 1-31; 0 not available
 * @param fromMonth UTC month, 1-12; 0 not available
 * @param fromHour UTC hour, 0-23; 24 not available
 * @param fromMinute UTC minute, 0-59; 60 not available
 * @param toDay UTC day the closing ends, 1-31; 0 not available
 * @param toMonth UTC month, 1-12; 0 not available
 * @param toHour UTC hour, 0-23; 24 not available
 * @param toMinute UTC minute, 0-59; 60 not available
 */
public record FairwayClosed(String reason, String closedFrom, String closedTo, int radius, int radiusUnit,
        int fromDay, int fromMonth, int fromHour, int fromMinute, int toDay, int toMonth, int toHour, int toMinute)
        implements ApplicationData {

    /** Application data bits (four spare bits at the end). */
    public static final int BITS = 416;

    static FairwayClosed decode(BitReader bits) {
        return new FairwayClosed(bits.text(0, 20), bits.text(120, 20), bits.text(240, 20), bits.unsigned(360, 10),
                bits.unsigned(370, 2), bits.unsigned(372, 5), bits.unsigned(377, 4), bits.unsigned(381, 5),
                bits.unsigned(386, 6), bits.unsigned(392, 5), bits.unsigned(397, 4), bits.unsigned(401, 5),
                bits.unsigned(406, 6));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.text(reason, 20).text(closedFrom, 20).text(closedTo, 20).bits(radius, 10).bits(radiusUnit, 2)
                .bits(fromDay, 5).bits(fromMonth, 4).bits(fromHour, 5).bits(fromMinute, 6).bits(toDay, 5)
                .bits(toMonth, 4).bits(toHour, 5).bits(toMinute, 6).bits(0, 4);
    }
}
