package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Signal status, DAC 200 FI 40, broadcast in message 8 (Inland AIS standard, CCNR, §2.4.8): where a
 * waterway signal stands, which way it faces and the lights it shows, 112 bits of application data.
 * Like gpsd, decoded only at exactly that length.
 *
 * @param longitudeTenThousandthMinute longitude in 1/10 000 minute, 181° not available
 * @param latitudeTenThousandthMinute latitude in 1/10 000 minute, 91° not available
 * @param form signal form (1-7 per the standard's table), 0 not available
 * @param orientation direction the signal faces, degrees 0-359; 360 not available
 * @param impactDirection 0 not available, 1 upstream, 2 downstream, 3 to the left bank, 4 to the right bank
 * @param lightStatus the lights shown, three bits per light (0 not available, 1 no light, 2 white, 3
 *     yellow, 4 green, 5 red, 6 white flashing, 7 yellow flashing), as sent
 */
public record SignalStatus(int longitudeTenThousandthMinute, int latitudeTenThousandthMinute, int form,
        int orientation, int impactDirection, int lightStatus) implements ApplicationData {

    /** Application data bits (eleven spare bits at the end). */
    public static final int BITS = 112;

    static SignalStatus decode(BitReader bits) {
        return new SignalStatus(bits.signed(0, 28), bits.signed(28, 27), bits.unsigned(55, 4), bits.unsigned(59, 9),
                bits.unsigned(68, 3), bits.unsigned(71, 30));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.bits(longitudeTenThousandthMinute, 28).bits(latitudeTenThousandthMinute, 27).bits(form, 4)
                .bits(orientation, 9).bits(impactDirection, 3).bits(lightStatus, 30).bits(0, 11);
    }
}
