package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * RTA at lock, bridge or terminal, DAC 200 FI 22, addressed in message 6 (Inland AIS standard, CCNR,
 * §2.4.3): the requested time of arrival a station answers, 144 bits of application data. Like gpsd,
 * decoded only at exactly that length.
 *
 * @param place where, and the requested time of arrival
 * @param status of the lock, bridge or terminal: 0 operational, 1 limited operation, 2 out of order, 3
 *     not available
 */
public record InlandRta(InlandLockTime place, int status) implements ApplicationData {

    /** Application data bits (two spare bits at the end). */
    public static final int BITS = 144;

    static InlandRta decode(BitReader bits) {
        return new InlandRta(InlandLockTime.decode(bits), bits.unsigned(140, 2));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        place.encode(out);
        out.bits(status, 2).bits(0, 2);
    }
}
