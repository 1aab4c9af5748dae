package io.coastwatch.ais.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SixBitTest {

    /** Every byte value at every position of a word, among random valid characters, against the table. */
    @Test
    void eightCharactersAtOnceAgreeWithTheTableForEveryByte() {
        long seed = System.nanoTime();
        System.out.println("SixBitTest seed: " + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            for (int position = 0; position < 8; position++) {
                for (int b = 0; b < 256; b++) {
                    byte[] chars = new byte[8];
                    for (int i = 0; i < 8; i++) {
                        chars[i] = (byte) SixBit.armour(random.nextInt(64));
                    }
                    chars[position] = (byte) b;
                    long word = 0;
                    long expected = 0;
                    boolean valid = true;
                    for (int i = 0; i < 8; i++) {
                        word = (word << 8) | (chars[i] & 0xFF);
                        int value = SixBit.dearmour(chars[i]);
                        valid &= value >= 0;
                        expected = (expected << 6) | (value & 0x3F);
                    }
                    assertEquals(valid, SixBit.invalidCharacters(word) == 0, "seed " + seed + ", byte " + b);
                    if (valid) {
                        assertEquals(expected, SixBit.dearmourEight(word), "seed " + seed + ", byte " + b);
                    }
                }
            }
        }
    }
}
