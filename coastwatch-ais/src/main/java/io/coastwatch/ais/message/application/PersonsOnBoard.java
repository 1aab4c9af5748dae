package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import java.util.Set;

/**
 * Number of persons on board, DAC 1 FI 16, in message 6 or 8 (IMO SN.1/Circ.289 §6 and
 * SN.1/Circ.236): 13 bits and 3 spare.
 *
 * <p>Decoded at the lengths gpsd decodes it: a message 6 whatever its length (that holds the count),
 * a message 8 only with 72 or 136 bits of data. gpsd reads the count from other bits at some lengths
 * (from the header of a message 6 unless its data is 136 bits) and prints a message 8's from the wrong
 * structure (as 0); here the count is read where the layout puts it.
 *
 * @param persons persons on board, 0-8190; 8191 means 8191 or more, 0 not available
 */
public record PersonsOnBoard(int persons) implements ApplicationData {

    /** Application data bits. */
    public static final int BITS = 16;
    /** The data lengths at which gpsd decodes a broadcast (message 8) count. */
    static final Set<Integer> BROADCAST_BITS = Set.of(72, 136);
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
