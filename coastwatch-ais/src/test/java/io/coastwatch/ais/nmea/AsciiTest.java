package io.coastwatch.ais.nmea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time checksum-and-star search agrees with the byte-by-byte definitions. */
class AsciiTest {

    @Test
    void hexDigitsAreTheTwentyTwoCharactersAndNothingElse() {
        String digits = "0123456789abcdef";
        for (int b = 0; b < 256; b++) {
            int lower = digits.indexOf(Character.toLowerCase((char) b));
            int expected = b < 128 && lower >= 0 ? lower : -1;
            assertEquals(expected, Ascii.hexDigit((byte) b), "byte " + b);
        }
        byte[] line = {'*', '3', 'f'};
        assertEquals(true, Ascii.checksumMatches(line, 1, 3, 0x3F));
        assertEquals(false, Ascii.checksumMatches(line, 1, 3, 0x3E));
        assertEquals(false, Ascii.checksumMatches(new byte[] {'3', 'g'}, 0, 2, 0x30));
    }

    @Test
    void wordAtATimeStarSearchAndChecksumMatchTheNaiveOnes() {
        long seed = System.nanoTime();
        System.out.println("AsciiTest seed: " + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            byte[] line = new byte[random.nextInt(100)];
            for (int i = 0; i < line.length; i++) {
                line[i] = random.nextInt(20) == 0 ? (byte) '*' : (byte) random.nextInt(256);
            }
            int from = line.length == 0 ? 0 : random.nextInt(line.length);
            int to = from + random.nextInt(line.length - from + 1);
            int naiveXor = 0;
            int naiveStar = -1;
            for (int i = from; i < to; i++) {
                naiveXor ^= line[i];
                if (naiveStar < 0 && line[i] == '*') {
                    naiveStar = i;
                }
            }
            int xorBeforeStar = naiveStar < 0 ? 0 : Ascii.xor(line, from, naiveStar);
            long expected = naiveStar < 0 ? -1 : ((long) xorBeforeStar << 32) | naiveStar;
            assertEquals(naiveXor & 0xFF, Ascii.xor(line, from, to), "seed " + seed);
            assertEquals(expected, Ascii.checksumToStar(line, from, to), "seed " + seed);
        }
    }
}
