package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Number of persons on board, DAC 200 FI 55, addressed in message 6 (Inland AIS standard, CCNR,
 * §2.4.5): 80 bits of application data. Like gpsd, decoded only at exactly that length.
 *
 * @param crew crew members on board, 0-254; 255 not available
 * @param passengers passengers on board, 0-8190; 8191 not available
 * @param shipboardPersonnel shipboard personnel on board, 0-254; 255 not available
 */
public record InlandPersonsOnBoard(int crew, int passengers, int shipboardPersonnel) implements ApplicationData {

    /** Application data bits (51 spare bits at the end). */
    public static final int BITS = 80;

    static InlandPersonsOnBoard decode(BitReader bits) {
        return new InlandPersonsOnBoard(bits.unsigned(0, 8), bits.unsigned(8, 13), bits.unsigned(21, 8));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.bits(crew, 8).bits(passengers, 13).bits(shipboardPersonnel, 8).bits(0, 51);
    }

    /** Everyone on board, or -1 when a count is not available. */
    public int totalPersons() {
        return crew == 255 || passengers == 8191 || shipboardPersonnel == 255 ? -1
                : crew + passengers + shipboardPersonnel;
    }
}
