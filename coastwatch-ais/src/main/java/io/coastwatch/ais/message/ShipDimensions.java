package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Overall dimensions of a ship and the position of its reference point (the antenna of the
 * position-fixing device), as sent in messages 5, 19, 21 and 24 part B: 30 bits
 * (ITU-R M.1371-5 Annex 8 §3.3, with message 5). All four are 0 when not available; the largest values mean
 * "that many metres or more".
 *
 * @param toBowMetres distance from the reference point to the bow, 0-511
 * @param toSternMetres distance from the reference point to the stern, 0-511
 * @param toPortMetres distance from the reference point to port, 0-63
 * @param toStarboardMetres distance from the reference point to starboard, 0-63
 */
public record ShipDimensions(int toBowMetres, int toSternMetres, int toPortMetres, int toStarboardMetres) {

    /** Length of the field in bits. */
    public static final int BITS = 30;

    /** Reads the 30-bit field starting at bit {@code start}. */
    public static ShipDimensions decode(BitReader bits, int start) {
        return new ShipDimensions(
                bits.unsigned(start, 9),
                bits.unsigned(start + 9, 9),
                bits.unsigned(start + 18, 6),
                bits.unsigned(start + 24, 6));
    }

    /** Appends the 30-bit field. */
    public void encode(BitWriter out) {
        out.bits(toBowMetres, 9).bits(toSternMetres, 9).bits(toPortMetres, 6).bits(toStarboardMetres, 6);
    }

    /** Length overall in metres (bow plus stern distances), or -1 when not available (both 0). */
    public int lengthMetres() {
        int length = toBowMetres + toSternMetres;
        return length == 0 ? -1 : length;
    }

    /** Beam in metres (port plus starboard distances), or -1 when not available (both 0). */
    public int beamMetres() {
        int beam = toPortMetres + toStarboardMetres;
        return beam == 0 ? -1 : beam;
    }

    /**
     * The 30 bits as one number. Message 24 part B of an auxiliary craft carries its mothership's MMSI
     * in this field instead of dimensions.
     */
    public int asThirtyBits() {
        return toBowMetres << 21 | toSternMetres << 12 | toPortMetres << 6 | toStarboardMetres;
    }
}
