package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Number of persons on board, DAC 1 FI 16, in message 6 or 8 (IMO SN.1/Circ.289 §6 and
 * SN.1/Circ.236): 13 bits and 3 spare.
 *
 * <p>gpsd decodes it at some lengths only and from other bits for some (from the header of a
 * message 6 unless its data is 136 bits; a message 8's count is printed from the wrong structure, as 0);
 * here the count is read where the layout puts it, whenever the data holds it.
 *
 * @param persons persons on board, 0-8190; 8191 means 8191 or more, 0 not available
 */
public record PersonsOnBoard(int persons) implements ApplicationData {

    /** Application data bits. */
    public static final int BITS = 16;
    /** The fewest data bits that hold the count. */
    static final int COUNT_BITS = 13;

    static PersonsOnBoard decode(BitReader bits) {
        return new PersonsOnBoard(bits.unsigned(0, COUNT_BITS));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.bits(persons, COUNT_BITS).bits(0, 3);
    }
}
