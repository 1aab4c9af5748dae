package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded round trip for every message type: random field values → encode → NMEA sentences (split
 * into fragments where needed) → decode → the same record.
 */
class RoundTripTest {
    private static final int MESSAGES_PER_TYPE = 2_000;
    /** Types with a record, encoder and random generator. */
    static final int[] TYPES = {1, 2, 3, 6, 8, 17, 25, 26};

    @TestFactory
    Stream<DynamicTest> everyTypeSurvivesEncodeAndDecode() {
        long seed = Long.getLong("coastwatch.roundtrip.seed", System.nanoTime());
        System.out.println("RoundTripTest seed: " + seed + " (rerun with -Dcoastwatch.roundtrip.seed=" + seed + ")");
        return IntStream.of(TYPES).mapToObj(type -> DynamicTest.dynamicTest("type " + type, () -> {
            RandomMessages randomMessages = new RandomMessages(new Random(seed + type));
            SentenceWriter sentences = new SentenceWriter("AI", 20 + type);
            List<AisMessage> decoded = new ArrayList<>();
            AisDecoder decoder = new AisDecoder("test", (message, reception) -> decoded.add(message));
            BitWriter bits = new BitWriter();
            for (int i = 0; i < MESSAGES_PER_TYPE; i++) {
                AisMessage original = randomMessages.of(type);
                decoded.clear();
                for (String sentence : sentences.sentences(MessageCodec.encode(original, bits), 'A')) {
                    decoder.decode(sentence, 0);
                }
                assertEquals(List.of(original), decoded, "seed " + seed + ", message " + i);
            }
        }));
    }
}
