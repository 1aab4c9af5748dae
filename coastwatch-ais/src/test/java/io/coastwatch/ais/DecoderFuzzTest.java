package io.coastwatch.ais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.RandomMessages;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzz test of the decoder: valid sentences of every type, mutated (characters flipped,
 * cut, spliced, fragments dropped, repeated or reordered, garbage lines). No exception may escape,
 * no message may fail inside the decoder, and every line must be accounted for.
 *
 * <p>Runs 100k cases by default; {@code -Dcoastwatch.fuzz.cases=10000000} for a long run and
 * {@code -Dcoastwatch.fuzz.seed=N} to replay one.
 */
class DecoderFuzzTest {
    private static final int DEFAULT_CASES = 100_000;
    private static final byte[] NOISE = "!\\*,0123456789:-ABCDEFGHIJKLMNOPQRSTUVWabcdefghijklmnopqrstuvw@`$#\r\n ".getBytes(StandardCharsets.US_ASCII);

    @Test
    void mutatedSentencesAreCountedAndNeverThrow() {
        long seed = longProperty("coastwatch.fuzz.seed", System.nanoTime());
        long cases = longProperty("coastwatch.fuzz.cases", DEFAULT_CASES);
        System.out.println("DecoderFuzzTest seed: " + seed + ", cases: " + cases
                + " (replay with -Dcoastwatch.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        RandomMessages messages = new RandomMessages(random);
        int[] types = RandomMessages.TYPES;
        SentenceWriter writer = new SentenceWriter("AI", 40);
        BitWriter bits = new BitWriter();
        long[] handed = {0};
        AisDecoder decoder = new AisDecoder("fuzz", (message, reception) -> handed[0]++);
        for (long i = 0; i < cases; i++) {
            List<String> sentences = new ArrayList<>(writer.sentences(
                    MessageCodec.encode(messages.of(types[random.nextInt(types.length)]), bits),
                    random.nextBoolean() ? 'A' : 'B',
                    random.nextInt(4) == 0 ? 1_700_000_000_000L + random.nextInt(1_000_000) : Long.MIN_VALUE,
                    random.nextInt(4) == 0 ? "r" + random.nextInt(5) : null));
            mutate(sentences, random);
            for (String sentence : sentences) {
                decoder.decode(sentence, i);
            }
        }
        DecodeCounters counters = decoder.counters();
        assertEquals(0, counters.rejected(RejectReason.DECODER_FAILURE), "messages the decoder failed on (seed " + seed + ")");
        assertEquals(counters.lines(),
                counters.ignored() + counters.rejected() + counters.heldFragments() + counters.messages(),
                "every line has one outcome (seed " + seed + ")");
        assertEquals(counters.messages(), handed[0], "every decoded message reaches the handler");
    }

    private static void mutate(List<String> sentences, Random random) {
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> { } // leave valid
            case 3 -> sentences.set(random.nextInt(sentences.size()), flip(sentences.get(0), random));
            case 4 -> {
                int index = random.nextInt(sentences.size());
                String sentence = sentences.get(index);
                sentences.set(index, sentence.substring(0, random.nextInt(sentence.length() + 1)));
            }
            case 5 -> sentences.remove(random.nextInt(sentences.size()));
            case 6 -> sentences.add(sentences.get(random.nextInt(sentences.size())));
            case 7 -> java.util.Collections.shuffle(sentences, random);
            case 8 -> sentences.add(random.nextInt(sentences.size() + 1), noise(random));
            default -> {
                String a = sentences.get(random.nextInt(sentences.size()));
                String b = sentences.get(random.nextInt(sentences.size()));
                int cut = random.nextInt(Math.min(a.length(), b.length()) + 1);
                sentences.add(a.substring(0, cut) + b.substring(cut));
            }
        }
    }

    private static String flip(String sentence, Random random) {
        char[] chars = sentence.toCharArray();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips && chars.length > 0; i++) {
            chars[random.nextInt(chars.length)] = (char) NOISE[random.nextInt(NOISE.length)];
        }
        return new String(chars);
    }

    private static String noise(Random random) {
        byte[] bytes = new byte[random.nextInt(120)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : NOISE[random.nextInt(NOISE.length)];
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static long longProperty(String name, long fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim());
    }
}
