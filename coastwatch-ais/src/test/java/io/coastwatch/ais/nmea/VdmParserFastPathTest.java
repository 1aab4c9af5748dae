package io.coastwatch.ais.nmea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.SixBit;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's one-pass path (parse, checksum and payload load together) gives exactly what the
 * general path and {@link BitReader#load} give, on well-formed sentences and on mutated ones.
 */
class VdmParserFastPathTest {
    private static final byte[] NOISE = "!\\*,0123456789:-ABCVWXabcvwx@`$# \r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void onePassAgreesWithTheGeneralPathOnValidAndMutatedLines() {
        long seed = System.nanoTime();
        System.out.println("VdmParserFastPathTest seed: " + seed);
        Random random = new Random(seed);
        VdmParser general = new VdmParser();
        VdmParser fast = new VdmParser();
        VdmSentence expected = new VdmSentence();
        VdmSentence actual = new VdmSentence();
        BitReader expectedBits = new BitReader();
        BitReader actualBits = new BitReader();
        int onePass = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] line = sentence(random).getBytes(StandardCharsets.ISO_8859_1);
            if (random.nextInt(3) == 0) {
                line = mutate(line, random);
            }
            String context = "seed " + seed + ", line " + new String(line, StandardCharsets.ISO_8859_1);
            SentenceError expectedError = general.parse(line, 0, line.length, expected);
            SentenceError actualError = fast.parse(line, 0, line.length, actual, actualBits);
            assertEquals(expectedError, actualError, context);
            if (expectedError != null) {
                continue;
            }
            assertEquals(expected.talker(), actual.talker(), context);
            assertEquals(expected.ownShip(), actual.ownShip(), context);
            assertEquals(expected.fragmentCount(), actual.fragmentCount(), context);
            assertEquals(expected.fragmentNumber(), actual.fragmentNumber(), context);
            assertEquals(expected.sequenceId(), actual.sequenceId(), context);
            assertEquals(expected.channel(), actual.channel(), context);
            assertEquals(expected.payloadStart(), actual.payloadStart(), context);
            assertEquals(expected.payloadEnd(), actual.payloadEnd(), context);
            assertEquals(expected.fillBits(), actual.fillBits(), context);
            if (actual.payloadLoaded()) {
                onePass++;
                assertEquals(1, actual.fragmentCount(), context);
                assertTrue(expectedBits.load(line, expected.payloadStart(), expected.payloadEnd() - expected.payloadStart(),
                        expected.fillBits()), context);
                assertEquals(expectedBits.bitLength(), actualBits.bitLength(), context);
                for (int bit = 0; bit < expectedBits.bitLength() + 64; bit += 32) {
                    assertEquals(expectedBits.bits(bit, 32), actualBits.bits(bit, 32), context + ", bit " + bit);
                }
            }
        }
        assertTrue(onePass > 20_000, "the one-pass path was taken " + onePass + " times");
    }

    /**
     * A sentence with random fields: mostly the usual shape, sometimes not; now and then with a body
     * mutated before its checksum is computed, so that flawed fields are checked, not just the checksum.
     */
    private static String sentence(Random random) {
        StringBuilder payload = new StringBuilder();
        int characters = random.nextInt(5) == 0 ? random.nextInt(400) : 1 + random.nextInt(90);
        for (int i = 0; i < characters; i++) {
            payload.append(SixBit.armour(random.nextInt(64)));
        }
        int count = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 1;
        String number = random.nextInt(20) == 0 ? "01" : Integer.toString(1 + random.nextInt(count));
        String sequence = random.nextBoolean() ? "" : Integer.toString(random.nextInt(random.nextInt(10) == 0 ? 12 : 10));
        String channel = switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "AB";
            case 2 -> "1";
            default -> random.nextBoolean() ? "A" : "B";
        };
        String fill = random.nextInt(10) == 0 ? (random.nextBoolean() ? "" : "12") : Integer.toString(random.nextInt(7));
        String body = "AI" + (random.nextInt(10) == 0 ? "VDO" : "VDM") + "," + count + "," + number + "," + sequence + ","
                + channel + "," + payload + "," + fill;
        if (random.nextInt(3) == 0) {
            body = new String(mutate(body.getBytes(StandardCharsets.ISO_8859_1), random), StandardCharsets.ISO_8859_1);
        }
        int checksum = 0;
        for (int i = 0; i < body.length(); i++) {
            checksum ^= body.charAt(i);
        }
        String tail = switch (random.nextInt(8)) {
            case 0 -> "\r\n";
            case 1 -> ",b003669952,1241544035";
            default -> "";
        };
        String prefix = random.nextInt(10) == 0 ? "\\c:1700000000,s:r1*" + String.format("%02X",
                tagChecksum("c:1700000000,s:r1")) + "\\" : "";
        return prefix + "!" + body + "*" + String.format(random.nextBoolean() ? "%02X" : "%02x", checksum) + tail;
    }

    private static int tagChecksum(String fields) {
        int checksum = 0;
        for (int i = 0; i < fields.length(); i++) {
            checksum ^= fields.charAt(i);
        }
        return checksum;
    }

    private static byte[] mutate(byte[] line, Random random) {
        byte[] copy = line.clone();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && copy.length > 0; i++) {
            int at = random.nextInt(copy.length);
            switch (random.nextInt(random.nextInt(4) == 0 ? 3 : 2)) {
                case 0 -> copy[at] = NOISE[random.nextInt(NOISE.length)];
                case 1 -> copy[at] = (byte) random.nextInt(256);
                default -> copy = java.util.Arrays.copyOf(copy, at); // cut
            }
        }
        return copy;
    }
}
