package io.coastwatch.ais.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BitReaderTest {

    @Test
    void fieldsAtEveryOffsetMatchWhatWasWritten() {
        long seed = printedSeed("fields");
        Random random = new Random(seed);
        BitReader reader = new BitReader();
        for (int round = 0; round < 2_000; round++) {
            BitWriter writer = new BitWriter();
            int fields = 1 + random.nextInt(40);
            long[] values = new long[fields];
            int[] widths = new int[fields];
            for (int i = 0; i < fields; i++) {
                widths[i] = 1 + random.nextInt(32);
                values[i] = random.nextLong() >>> (64 - widths[i]);
                writer.bits(values[i], widths[i]);
            }
            byte[] armoured = writer.armoured().getBytes(StandardCharsets.US_ASCII);
            // Split the payload into two fragments at a random character, as multi-sentence messages are.
            int split = random.nextInt(armoured.length + 1);
            reader.reset();
            assertTrue(reader.append(armoured, 0, split));
            assertTrue(reader.append(armoured, split, armoured.length - split));
            reader.finish(writer.fillBits());
            assertEquals(writer.bitLength(), reader.bitLength(), "seed " + seed);
            int start = 0;
            for (int i = 0; i < fields; i++) {
                assertEquals(values[i], reader.bits(start, widths[i]), "seed " + seed + ", field " + i);
                start += widths[i];
            }
        }
    }

    @Test
    void signedFieldsAreSignExtended() {
        BitWriter writer = new BitWriter().bits(-5, 8).bits(-1, 28).bits(3, 27);
        BitReader reader = load(writer);
        assertEquals(-5, reader.signed(0, 8));
        assertEquals(-1, reader.signed(8, 28));
        assertEquals(3, reader.signed(36, 27));
    }

    @Test
    void bitsPastTheEndReadAsZeroAfterALongerMessageWasLoaded() {
        BitReader reader = new BitReader();
        byte[] ones = "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww".getBytes(StandardCharsets.US_ASCII);
        reader.load(ones, 0, ones.length, 0);
        reader.load(ones, 0, 2, 0);
        assertEquals(12, reader.bitLength());
        assertEquals(0xFFF, reader.bits(0, 12));
        assertEquals(0xFFFL << 20, reader.bits(0, 32));
        assertEquals(0, reader.bits(12, 32));
        assertEquals(0, reader.bits(200, 32));
        assertEquals(0, reader.bits(BitReader.MAX_BITS - 8, 60));
        assertEquals(0, reader.bits(BitReader.MAX_BITS + 100, 32));
        byte[] raw = new byte[BitReader.MAX_BITS / 8];
        java.util.Arrays.fill(raw, (byte) -1);
        reader.loadBits(raw, BitReader.MAX_BITS);
        reader.load(ones, 0, 1, 0);
        assertEquals(0, reader.bits(6, 60), "what a longer raw load left is cleared");
        assertEquals(0, reader.bits(BitReader.MAX_BITS - 60, 60));
    }

    @Test
    void invalidCharactersAndOverlongPayloadsAreRefused() {
        BitReader reader = new BitReader();
        byte[] bad = "15RT~t0".getBytes(StandardCharsets.US_ASCII);
        assertFalse(reader.load(bad, 0, bad.length, 0));
        byte[] huge = new byte[BitReader.MAX_BITS / 6 + 1];
        java.util.Arrays.fill(huge, (byte) '0');
        assertFalse(reader.load(huge, 0, huge.length, 0));
    }

    @Test
    void textIsTrimmedAtTheFirstAtSignAndTrailingSpacesAndCachedStringsAreShared() {
        BitReader reader = load(new BitWriter().text("NT 90123 TS  ", 20));
        assertEquals("NT 90123 TS", reader.text(0, 20));
        assertEquals("NT 90123 TS  ", reader.untrimmedText(0, 20));
        assertTrue(reader.text(0, 20) == reader.text(0, 20), "the same text comes back as the same string");
    }

    /**
     * Many more distinct texts than the cache holds, each read several times, trimmed and not, at
     * random offsets: every read gives the text that was written, and a repeated one the same instance.
     */
    @Test
    void cachedTextsAreAlwaysTheFieldsOwn() {
        long seed = printedSeed("texts");
        Random random = new Random(seed);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.";
        BitReader reader = new BitReader();
        for (int round = 0; round < 100_000; round++) {
            int characters = 1 + random.nextInt(24);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(characters + 1); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(round % 7 == 0 ? 2 : alphabet.length())));
            }
            int offset = 1 + random.nextInt(40);
            BitWriter writer = new BitWriter().bits(random.nextLong() >>> (64 - offset), offset).text(text.toString(), characters);
            load(writer, reader);
            boolean trimmed = random.nextBoolean();
            String written = text.toString();
            String expected = trimmed ? written.stripTrailing() : written;
            String first = trimmed ? reader.text(offset, characters) : reader.untrimmedText(offset, characters);
            assertEquals(expected, first, "seed " + seed + ", round " + round);
            String again = trimmed ? reader.text(offset, characters) : reader.untrimmedText(offset, characters);
            assertTrue(first == again || characters > 20, "seed " + seed + ": a repeated text is the same instance");
        }
    }

    /**
     * Scanning a payload finds the same end and checksum share as loading it: random payloads of 0 to
     * 300 characters (all under MAX_BITS), ended by a random byte that is not a payload character, or
     * by nothing.
     */
    @Test
    void scanningAPayloadFindsWhatLoadingFinds() {
        long seed = printedSeed("scan");
        Random random = new Random(seed);
        BitReader reader = new BitReader();
        for (int round = 0; round < 100_000; round++) {
            int characters = random.nextInt(301);
            int from = random.nextInt(9);
            byte[] line = new byte[from + characters + 1 + random.nextInt(12)];
            for (int i = 0; i < line.length; i++) {
                line[i] = (byte) SixBit.armour(random.nextInt(64));
            }
            boolean ended = random.nextInt(10) != 0;
            if (ended) {
                byte end;
                do {
                    end = (byte) random.nextInt(256);
                } while (SixBit.dearmour(end) >= 0);
                line[from + characters] = end;
            }
            int to = ended ? from + characters + 1 + random.nextInt(line.length - from - characters) : line.length;
            long loaded = reader.loadDelimited(line, from, to);
            assertEquals(loaded, BitReader.scanDelimited(line, from, to), "seed " + seed + ", round " + round);
            assertEquals(ended, loaded >= 0, "seed " + seed + ", round " + round);
        }
    }

    /**
     * Every way of loading gives the bits the characters stand for, read back in fields of 1 to 63
     * bits at random offsets, and zeros past the end, whatever a longer payload left in the reader
     * before: one pass over the line ({@code loadDelimited}), whole ({@code load}) and in fragments
     * ({@code append}), with random fill bits. Checked against the bits spelled out one character at a
     * time.
     */
    @Test
    void everyLoadGivesTheBitsOfTheCharactersAndZerosAfterThem() {
        long seed = printedSeed("loads");
        Random random = new Random(seed);
        BitReader reader = new BitReader();
        for (int round = 0; round < 20_000; round++) {
            int characters = random.nextInt(BitReader.MAX_BITS / 6 + 1);
            int from = random.nextInt(16);
            byte[] line = new byte[from + characters + 1 + random.nextInt(8)];
            boolean[] expected = new boolean[BitReader.MAX_BITS + 64];
            for (int i = 0; i < line.length; i++) {
                int value = random.nextInt(64);
                line[i] = (byte) SixBit.armour(value);
                for (int b = 0; i >= from && i < from + characters && b < 6; b++) {
                    expected[6 * (i - from) + b] = (value >>> (5 - b) & 1) != 0;
                }
            }
            line[from + characters] = ',';
            int fill = characters == 0 ? 0 : random.nextInt(6);
            int length = 6 * characters - fill;
            java.util.Arrays.fill(expected, length, expected.length, false);
            switch (round % 3) {
                case 0 -> {
                    assertEquals(from + characters, (int) reader.loadDelimited(line, from, line.length), "seed " + seed);
                    reader.finish(fill);
                }
                case 1 -> assertTrue(reader.load(line, from, characters, fill), "seed " + seed);
                default -> {
                    int split = random.nextInt(characters + 1);
                    reader.reset();
                    assertTrue(reader.append(line, from, split), "seed " + seed);
                    assertTrue(reader.append(line, from + split, characters - split), "seed " + seed);
                    reader.finish(fill);
                }
            }
            assertEquals(length, reader.bitLength(), "seed " + seed + ", round " + round);
            for (int read = 0; read < 40; read++) {
                int width = 1 + random.nextInt(63);
                int start = random.nextInt(Math.min(length + 80, BitReader.MAX_BITS - width) + 1);
                long want = 0;
                for (int b = 0; b < width; b++) {
                    want = want << 1 | (start + b < expected.length && expected[start + b] ? 1 : 0);
                }
                assertEquals(want, reader.bits(start, width),
                        "seed " + seed + ", round " + round + ", bits(" + start + ", " + width + ")");
            }
        }
    }

    /** A seed from the clock, printed so that a failing run can be replayed. */
    private static long printedSeed(String test) {
        long seed = System.nanoTime();
        System.out.println("BitReaderTest " + test + " seed: " + seed);
        return seed;
    }

    private static void load(BitWriter writer, BitReader reader) {
        byte[] armoured = writer.armoured().getBytes(StandardCharsets.US_ASCII);
        assertTrue(reader.load(armoured, 0, armoured.length, writer.fillBits()));
    }

    private static BitReader load(BitWriter writer) {
        BitReader reader = new BitReader();
        load(writer, reader);
        return reader;
    }
}
