package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.RejectReason;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;

/** Decoding and encoding helpers for the per-type tests. */
final class Sentences {
    private Sentences() {
    }

    /** The one message that {@code sentences} (the fragments of one message) decode to. */
    static AisMessage decode(String... sentences) {
        List<AisMessage> decoded = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> decoded.add(message));
        for (String sentence : sentences) {
            decoder.decode(sentence, 0);
        }
        assertEquals(1, decoded.size(), "messages decoded from " + List.of(sentences));
        return decoded.get(0);
    }

    /** The one message that a payload built bit by bit decodes to, through NMEA sentences. */
    static AisMessage decode(BitWriter payload) {
        return decode(new SentenceWriter().sentences(payload, 'A').toArray(String[]::new));
    }

    /** Whether the decoder rejects the payload as too short for its type. */
    static boolean rejectedAsShort(BitWriter payload) {
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> { });
        for (String sentence : new SentenceWriter().sentences(payload, 'A')) {
            decoder.decode(sentence, 0);
        }
        return decoder.counters().messages() == 0 && decoder.counters().rejected(RejectReason.SHORT_PAYLOAD) == 1;
    }

    /** The armoured payload {@code message} encodes to. */
    static String armoured(AisMessage message) {
        return MessageCodec.encode(message, new BitWriter()).armoured();
    }

    /** The number of bits {@code message} encodes to. */
    static int encodedBits(AisMessage message) {
        return MessageCodec.encode(message, new BitWriter()).bitLength();
    }
}
