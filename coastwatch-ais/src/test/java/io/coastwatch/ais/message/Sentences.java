package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.bits.SixBit;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;

/** Decoding helpers for the message tests. */
final class Sentences {
    private Sentences() {
    }

    /** Decodes the sentences of one message, which must yield exactly one message. */
    static AisMessage decode(String... sentences) {
        List<AisMessage> messages = decodeAll(sentences);
        assertEquals(1, messages.size(), "messages decoded");
        return messages.get(0);
    }

    /** Decodes the sentences; returns the messages they yield (none when rejected). */
    static List<AisMessage> decodeAll(String... sentences) {
        List<AisMessage> messages = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> messages.add(message));
        for (String sentence : sentences) {
            decoder.decode(sentence, 0);
        }
        return messages;
    }

    /** Encodes {@code message}, cut to (or padded to) {@code bits} bits, into sentences. */
    static String[] encode(AisMessage message, int bits) {
        BitWriter full = MessageCodec.encode(message, new BitWriter());
        BitWriter out = new BitWriter();
        String armoured = full.armoured();
        for (int bit = 0; bit < Math.min(bits, full.bitLength()); bit++) {
            int value = SixBit.dearmour((byte) armoured.charAt(bit / 6));
            out.bits((value >>> (5 - bit % 6)) & 1, 1);
        }
        return sentences(out.padTo(bits));
    }

    /** Encodes {@code message} into sentences. */
    static String[] encode(AisMessage message) {
        return sentences(MessageCodec.encode(message, new BitWriter()));
    }

    private static String[] sentences(BitWriter bits) {
        return new SentenceWriter().sentences(bits, 'A').toArray(String[]::new);
    }
}
