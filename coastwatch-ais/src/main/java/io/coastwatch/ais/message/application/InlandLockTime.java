package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Where an inland vessel's lock, bridge or terminal time applies, the head of DAC 200 FI 21 and FI 22
 * (Inland AIS standard, CCNR, §2.4.2 and §2.4.3): 140 bits, bit layout as gpsd's {@code driver_ais.c}
 * reads it.
 *
 * @param country UN country code (2 characters)
 * @param locode UN/LOCODE of the place (3 characters)
 * @param fairwaySection fairway section number (5 characters)
 * @param terminal terminal code (5 characters)
 * @param hectometre fairway hectometre (5 characters)
 * @param month UTC month of the time, 1-12; 0 not available
 * @param day UTC day, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 */
public record InlandLockTime(String country, String locode, String fairwaySection, String terminal,
        String hectometre, int month, int day, int hour, int minute) {

    /** Bits of this head. */
    static final int BITS = 140;

    static InlandLockTime decode(BitReader bits) {
        return new InlandLockTime(bits.text(0, 2), bits.text(12, 3), bits.text(30, 5), bits.text(60, 5),
                bits.text(90, 5), bits.unsigned(120, 4), bits.unsigned(124, 5), bits.unsigned(129, 5),
                bits.unsigned(134, 6));
    }

    void encode(BitWriter out) {
        out.text(country, 2).text(locode, 3).text(fairwaySection, 5).text(terminal, 5).text(hectometre, 5)
                .bits(month, 4).bits(day, 5).bits(hour, 5).bits(minute, 6);
    }
}
