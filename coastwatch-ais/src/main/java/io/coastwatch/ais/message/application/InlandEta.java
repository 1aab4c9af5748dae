package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * ETA at lock, bridge or terminal, DAC 200 FI 21, addressed in message 6 (Inland AIS standard, CCNR,
 * §2.4.2): 160 bits of application data. Like gpsd, decoded only at exactly that length.
 *
 * @param place where, and the estimated time of arrival
 * @param assistingTugs number of assisting tugs, 0-6; 7 not available
 * @param airDraught air draught in 1/100 metre, 1-4000; 0 not available
 */
public record InlandEta(InlandLockTime place, int assistingTugs, int airDraught) implements ApplicationData {

    /** Application data bits (five spare bits at the end). */
    public static final int BITS = 160;

    static InlandEta decode(BitReader bits) {
        return new InlandEta(InlandLockTime.decode(bits), bits.unsigned(140, 3), bits.unsigned(143, 12));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        place.encode(out);
        out.bits(assistingTugs, 3).bits(airDraught, 12).bits(0, 5);
    }
}
