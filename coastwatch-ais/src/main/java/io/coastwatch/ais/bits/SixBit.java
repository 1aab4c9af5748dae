package io.coastwatch.ais.bits;

/**
 * The two six-bit alphabets of AIS.
 *
 * <p>Payload armouring (IEC 61162-1 / ITU-R M.1371-5 Annex 8 §3.3): six-bit values 0-39 are sent
 * as ASCII 48-87 ({@code '0'}-{@code 'W'}) and 40-63 as ASCII 96-119 ({@code '`'}-{@code 'w'}).
 *
 * <p>Text fields (ITU-R M.1371-5 Table 47): six-bit values 0-31 stand for ASCII 64-95
 * ({@code '@'}-{@code '_'}), 32-63 for ASCII 32-63 ({@code ' '}-{@code '?'}).
 */
public final class SixBit {
    private static final byte[] DEARMOUR = new byte[256];
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;


    static {
        java.util.Arrays.fill(DEARMOUR, (byte) -1);
        for (int value = 0; value < 64; value++) {
            DEARMOUR[armour(value)] = (byte) value;
        }
    }

    private SixBit() {
    }

    /** The six-bit value of an armoured payload character, or -1 when it is not one. */
    public static int dearmour(byte character) {
        return DEARMOUR[character & 0xFF];
    }

    /**
     * Checks eight armoured characters at once (SWAR: each byte of the word is one character).
     *
     * @return zero when all eight are valid payload characters ({@code '0'}-{@code 'W'},
     *     {@code '`'}-{@code 'w'}), else non-zero (the high bit of each invalid byte is set)
     */
    static long invalidCharacters(long chars) {
        long seven = chars & LOW_SEVEN_BITS;
        // Adding 128 - n to a byte below 128 sets its high bit exactly when it is at least n, with no carry out.
        long atLeast48 = seven + 0x5050505050505050L;
        long atLeast88 = seven + 0x2828282828282828L;
        long atLeast96 = seven + 0x2020202020202020L;
        long atLeast120 = seven + 0x0808080808080808L;
        long valid = atLeast48 & ~atLeast120 & (~atLeast88 | atLeast96) & ~chars;
        return ~valid & HIGH_BITS;
    }

    /**
     * Dearmours eight valid payload characters (see {@link #invalidCharacters}), the first in the most
     * significant byte of {@code chars}, into their 48 bits, the first character's most significant.
     * The result is meaningless when a character is invalid.
     */
    static long dearmourEight(long chars) {
        long seven = chars & LOW_SEVEN_BITS;
        long atLeast96 = (seven + 0x2020202020202020L) & HIGH_BITS;
        // '0'-'W' are 48 above their value, '`'-'w' 56: no byte borrows from the next.
        long values = seven - 0x3030303030303030L - (atLeast96 >>> 4);
        long pairs = (values & 0x003F003F003F003FL) | ((values >>> 2) & 0x0FC00FC00FC00FC0L);
        long quads = (pairs & 0x00000FFF00000FFFL) | ((pairs >>> 4) & 0x00FFF00000FFF000L);
        return (quads & 0x0000000000FFFFFFL) | ((quads >>> 8) & 0x0000FFFFFF000000L);
    }

    /** The armoured payload character of a six-bit value (0-63). */
    public static char armour(int value) {
        return (char) (value < 40 ? value + 48 : value + 56);
    }

    /** The ASCII character of a six-bit text value (0-63). */
    public static char toAscii(int value) {
        return (char) (value + ((~value & 32) << 1)); // 64 added when bit 5 is clear
    }

    /**
     * The six-bit text value of an ASCII character; lower case is sent as upper case and anything
     * outside the alphabet as {@code '?'}, as transmitters do.
     */
    public static int fromAscii(char character) {
        char upper = character >= 'a' && character <= 'z' ? (char) (character - 32) : character;
        if (upper >= 64 && upper <= 95) {
            return upper - 64;
        }
        if (upper >= 32 && upper <= 63) {
            return upper;
        }
        return '?';
    }
}
