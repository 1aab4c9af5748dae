package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.RejectReason;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.bits.SixBit;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;

/** Decoding and encoding helpers for the per-type tests. */
final class Sentences {
    private Sentences() {
    }

    /** The one message that {@code sentences} (the fragments of one message) decode to. */
    static AisMessage decode(String... sentences) {
        List<AisMessage> messages = decodeAll(sentences);
        assertEquals(1, messages.size(), "messages decoded from " + List.of(sentences));
        return messages.get(0);
    }

    /** The one message that a payload built bit by bit decodes to, through NMEA sentences. */
    static AisMessage decode(BitWriter payload) {
        return decode(sentences(payload));
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

    /** Whether the decoder rejects the payload as too short for its type. */
    static boolean rejectedAsShort(BitWriter payload) {
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> { });
        for (String sentence : sentences(payload)) {
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
