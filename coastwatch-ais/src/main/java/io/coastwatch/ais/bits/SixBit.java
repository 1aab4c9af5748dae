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

    /** The armoured payload character of a six-bit value (0-63). */
    public static char armour(int value) {
        return (char) (value < 40 ? value + 48 : value + 56);
    }

    /** The ASCII character of a six-bit text value (0-63). */
    public static char toAscii(int value) {
        return (char) (value < 32 ? value + 64 : value);
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
