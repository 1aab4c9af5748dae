package io.coastwatch.ais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.RandomMessages;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Multi-sentence messages from receivers that put the tag block on the first sentence only
 * ({@code \s:rx,c:…*hh\!AIVDM,2,1,…} then {@code !AIVDM,2,2,…}): each is joined whole, with the first
 * sentence's source and time. Before the fix the two halves were keyed by different sources (the
 * receiver's, and none) and every such message was lost.
 */
class TagBlockOnFirstFragmentTest {
    private static final long BASE_TIME_MILLIS = 1_780_000_000_000L;

    private final List<AisMessage> messages = new ArrayList<>();
    private final List<String> receptions = new ArrayList<>();
    private final AisDecoder decoder = new AisDecoder("feed-1", (message, reception) -> {
        messages.add(message);
        receptions.add(reception.source() + "|" + reception.eventTimeMillis() + "|" + reception.sentences());
    });

    @Test
    void staticDataIsJoinedWhenOnlyTheFirstSentenceCarriesTheTagBlock() {
        long seed = Long.getLong("coastwatch.test.seed", System.nanoTime());
        System.out.println("TagBlockOnFirstFragmentTest seed " + seed);
        Random random = new Random(seed);
        RandomMessages randomMessages = new RandomMessages(random);
        SentenceWriter writer = new SentenceWriter("AI", SentenceWriter.DEFAULT_MAX_PAYLOAD_CHARACTERS);
        List<AisMessage> sent = new ArrayList<>();
        List<String> expectedReceptions = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String receiver = "rx" + random.nextInt(4);
            long time = BASE_TIME_MILLIS + 1_000L * i;
            AisMessage message = random.nextInt(3) == 0 ? randomMessages.of(1) : randomMessages.of(5);
            List<String> lines = writer.sentences(MessageCodec.encode(message, new BitWriter()),
                    random.nextBoolean() ? 'A' : 'B', time, receiver);
            for (int line = 0; line < lines.size(); line++) {
                // Only the first sentence has a tag block, and no group in it, as these receivers send it.
                String sentence = untagged(lines.get(line));
                decoder.decode(line == 0 ? tagged("s:" + receiver + ",c:" + time / 1000) + sentence : sentence, time);
            }
            sent.add(message);
            expectedReceptions.add(receiver + "|" + time + "|" + lines.size());
        }
        assertEquals(sent.stream().filter(StaticAndVoyageData.class::isInstance).count(),
                decoder.counters().messages(5), "every type 5, seed " + seed);
        assertEquals(0, decoder.pendingMessages(), "seed " + seed);
        assertEquals(expectedReceptions, receptions, "seed " + seed);
        assertEquals(sent, messages, "seed " + seed);
    }

    @Test
    void aContinuationWithoutTagBlockDoesNotJoinAnotherChannelOrSequence() {
        SentenceWriter writer = new SentenceWriter("AI", 20);
        PositionReportClassA report = new PositionReportClassA(1, 0, 412000001, 0, 0, 100, true, 65_000_000,
                6_800_000, 900, 90, 10, 0, 0, false, 0);
        List<String> onA = writer.sentences(MessageCodec.encode(report, new BitWriter()), 'A');
        List<String> onB = writer.sentences(MessageCodec.encode(report, new BitWriter()), 'B');
        decoder.decode(tagged("s:rx1,c:" + BASE_TIME_MILLIS / 1000) + onA.get(0), 0);
        decoder.decode(untagged(onB.get(1)), 0);
        assertEquals(List.of(), messages, "channel B's second half does not complete channel A's message");
        decoder.decode(untagged(onA.get(1)), 0);
        assertEquals(List.of(report), messages);
        assertEquals(List.of("rx1|" + BASE_TIME_MILLIS + "|2"), receptions);
    }

    private static String tagged(String fields) {
        int checksum = 0;
        for (char c : fields.toCharArray()) {
            checksum ^= c;
        }
        return "\\" + fields + String.format("*%02X", checksum) + "\\";
    }

    /** The sentence without its tag block. */
    private static String untagged(String line) {
        return line.startsWith("\\") ? line.substring(line.indexOf('\\', 1) + 1) : line;
    }
}
