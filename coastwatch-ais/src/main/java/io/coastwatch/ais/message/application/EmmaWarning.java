package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * EMMA warning (European multi-service meteorological awareness), DAC 200 FI 23, broadcast in
 * message 8 (Inland AIS standard, CCNR, §2.4.6): a weather warning for a stretch of waterway and a time
 * span, 200 bits of application data. Like gpsd, decoded only at exactly that length.
 *
 * @param startYear year the warning starts, from 2000 (0-255)
 * @param startMonth UTC month, 1-12; 0 not available
 * @param startDay UTC day, 1-31; 0 not available
 * @param endYear year the warning ends, from 2000
 * @param endMonth UTC month, 1-12; 0 not available
 * @param endDay UTC day, 1-31; 0 not available
 * @param startHour UTC hour, 0-23; 24 not available
 * @param startMinute UTC minute, 0-59; 60 not available
 * @param endHour UTC hour, 0-23; 24 not available
 * @param endMinute UTC minute, 0-59; 60 not available
 * @param startLongitudeTenThousandthMinute where the stretch starts, in 1/10 000 minute
 * @param startLatitudeTenThousandthMinute where the stretch starts, in 1/10 000 minute
 * @param endLongitudeTenThousandthMinute where the stretch ends, in 1/10 000 minute
 * @param endLatitudeTenThousandthMinute where the stretch ends, in 1/10 000 minute
 * @param type 0 not available, 1 wind, 2 rain, 3 snow and ice, 4 thunderstorm, 5 fog, 6 low
 *     temperature, 7 high temperature, 8 flood, 9 forest fire
 * @param minimum lowest value of the phenomenon (in its unit: °C, mm, m/s …), signed
 * @param maximum highest value, signed
 * @param classification 0 slight, 1 medium, 2 strong, 3 not available
 * @param windDirection 0 not available, 1 north, 2 north east … 8 north west
 */
public record EmmaWarning(int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay,
        int startHour, int startMinute, int endHour, int endMinute, int startLongitudeTenThousandthMinute,
        int startLatitudeTenThousandthMinute, int endLongitudeTenThousandthMinute, int endLatitudeTenThousandthMinute,
        int type, int minimum, int maximum, int classification, int windDirection) implements ApplicationData {

    /** Application data bits (six spare bits at the end). */
    public static final int BITS = 200;

    static EmmaWarning decode(BitReader bits) {
        return new EmmaWarning(bits.unsigned(0, 8), bits.unsigned(8, 4), bits.unsigned(12, 5), bits.unsigned(17, 8),
                bits.unsigned(25, 4), bits.unsigned(29, 5), bits.unsigned(34, 5), bits.unsigned(39, 6),
                bits.unsigned(45, 5), bits.unsigned(50, 6), bits.signed(56, 28), bits.signed(84, 27),
                bits.signed(111, 28), bits.signed(139, 27), bits.unsigned(166, 4), bits.signed(170, 9),
                bits.signed(179, 9), bits.unsigned(188, 2), bits.unsigned(190, 4));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.bits(startYear, 8).bits(startMonth, 4).bits(startDay, 5).bits(endYear, 8).bits(endMonth, 4)
                .bits(endDay, 5).bits(startHour, 5).bits(startMinute, 6).bits(endHour, 5).bits(endMinute, 6)
                .bits(startLongitudeTenThousandthMinute, 28).bits(startLatitudeTenThousandthMinute, 27)
                .bits(endLongitudeTenThousandthMinute, 28).bits(endLatitudeTenThousandthMinute, 27).bits(type, 4)
                .bits(minimum, 9).bits(maximum, 9).bits(classification, 2).bits(windDirection, 4).bits(0, 6);
    }
}
