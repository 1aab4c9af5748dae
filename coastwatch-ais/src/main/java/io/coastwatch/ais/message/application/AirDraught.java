package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Extended ship static and voyage related data, DAC 1 FI 15, in message 6 or 8 (IMO SN.1/Circ.236
 * (2004) annex 5): the air draught, 11 bits and 5 spare.
 *
 * <p>gpsd reads a message 6's air draught from the message's bit 56, inside the destination MMSI; it
 * is read here where the layout puts it, after the FI, so the two differ on message 6.
 *
 * @param airDraught air draught in 1/10 metre, 1-2047; 0 not available
 */
public record AirDraught(int airDraught) implements ApplicationData {

    /** Application data bits. */
    public static final int BITS = 16;

    static AirDraught decode(BitReader bits) {
        return new AirDraught(bits.unsigned(0, 11));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.bits(airDraught, 11).bits(0, 5);
    }
}
