package io.coastwatch.ais;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.nmea.FragmentAssembler;
import io.coastwatch.ais.nmea.SentenceError;
import io.coastwatch.ais.nmea.TagBlock;
import io.coastwatch.ais.nmea.VdmParser;
import io.coastwatch.ais.nmea.VdmSentence;

/**
 * Decodes the lines of one AIS feed: NMEA 0183 {@code !xxVDM}/{@code !xxVDO} sentences with optional
 * tag blocks, multi-sentence messages reassembled, every ITU-R M.1371 message type.
 *
 * <p>Bad input never throws: a line that yields no message is counted in {@link #counters()} by
 * reason and skipped. Exceptions thrown by the handler propagate to the caller.
 *
 * <p>Not thread-safe: one decoder per feed (or per decoding thread). Steady-state decoding of
 * single-sentence messages allocates only the message record.
 */
public final class AisDecoder {
    private final AisMessageHandler handler;
    private final String streamName;
    private final VdmParser parser = new VdmParser();
    private final VdmSentence sentence = new VdmSentence();
    private final FragmentAssembler assembler;
    private final BitReader bits = new BitReader();
    private final Reception reception = new Reception();
    private final DecodeCounters counters = new DecodeCounters();
    private byte[] scratch = new byte[256];

    /**
     * A decoder with the default fragment bounds.
     *
     * @param streamName name of the feed, used as the source when a line has no tag-block source
     *     (may be {@code null})
     * @param handler receives each decoded message
     */
    public AisDecoder(String streamName, AisMessageHandler handler) {
        this(streamName, handler, new FragmentAssembler());
    }

    /** A decoder with its own fragment assembler (and so its own bounds). */
    public AisDecoder(String streamName, AisMessageHandler handler, FragmentAssembler assembler) {
        this.streamName = streamName;
        this.handler = handler;
        this.assembler = assembler;
    }

    /**
     * Decodes one line.
     *
     * @param line the line, with or without its line terminator
     * @param receivedMillis when it was received (UNIX ms): the event time unless a tag block gives one
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): a copy of Latin-1 text without allocating
    public void decode(String line, long receivedMillis) {
        int length = line.length();
        if (length > scratch.length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        line.getBytes(0, length, scratch, 0);
        decode(scratch, 0, length, receivedMillis);
    }

    /**
     * Decodes one line held in {@code buffer[offset, offset + length)} (ASCII). The buffer is read during
     * the call only. The entry point for callers that read bytes (sockets, files): it skips the copy
     * that {@link #decode(String, long)} makes.
     */
    public void decode(byte[] buffer, int offset, int length, long receivedMillis) {
        DecodeCounters count = counters;
        count.lines++;
        if (isBlankOrComment(buffer, offset, length)) {
            count.ignored++;
            return;
        }
        SentenceError error = parser.parse(buffer, offset, length, sentence, bits);
        if (error != null) {
            reject(RejectReason.of(error));
            return;
        }
        TagBlock tags = sentence.tagBlock();
        if (sentence.fragmentCount() == 1) {
            boolean loaded = sentence.payloadLoaded() || bits.load(buffer, sentence.payloadStart(),
                    sentence.payloadEnd() - sentence.payloadStart(), sentence.fillBits());
            if (!loaded) {
                reject(RejectReason.BAD_PAYLOAD);
                return;
            }
            fillReception(tags.timeMillis(), tags.source(), sentence.talker(), sentence.channel(),
                    sentence.ownShip(), 1, receivedMillis);
            emit();
            return;
        }
        acceptFragment(receivedMillis);
    }

    /** A fragment of a multi-sentence message (apart from {@link #decode}: keeps the usual path small). */
    private void acceptFragment(long receivedMillis) {
        DecodeCounters count = counters;
        FragmentAssembler.Pending complete = assembler.accept(sentence, streamName, receivedMillis, count.lines);
        count.droppedFragments = assembler.droppedFragments();
        count.droppedMessages = assembler.droppedMessages();
        if (complete == null) {
            count.heldFragments++;
            return;
        }
        boolean loaded = complete.loadInto(bits);
        fillReception(complete.tagTimeMillis(), complete.tagSource(), complete.talker(), complete.channel(),
                complete.ownShip(), complete.fragmentCount(), receivedMillis);
        assembler.release(complete);
        if (!loaded) {
            reject(RejectReason.BAD_PAYLOAD);
            return;
        }
        emit();
    }

    /** What became of the lines so far. */
    public DecodeCounters counters() {
        return counters;
    }

    /** Multi-sentence messages waiting for their remaining fragments. */
    public int pendingMessages() {
        return assembler.pendingMessages();
    }

    private void emit() {
        if (bits.bitLength() < 6) {
            reject(RejectReason.SHORT_PAYLOAD);
            return;
        }
        int type = bits.unsigned(0, 6);
        int required = MessageCodec.requiredBits(bits);
        if (required < 0) {
            reject(RejectReason.UNKNOWN_TYPE);
            return;
        }
        if (bits.bitLength() < required) {
            reject(RejectReason.SHORT_PAYLOAD);
            return;
        }
        AisMessage message;
        try {
            message = MessageCodec.decode(bits);
        } catch (RuntimeException defect) {
            reject(RejectReason.DECODER_FAILURE);
            return;
        }
        counters.messages++;
        counters.byType[type]++;
        handler.onMessage(message, reception);
    }

    private void fillReception(long tagTime, String tagSource, String talker, char channel, boolean ownShip,
            int sentences, long receivedMillis) {
        Reception r = reception;
        r.tagBlockTime = tagTime != Long.MIN_VALUE;
        r.eventTimeMillis = r.tagBlockTime ? tagTime : receivedMillis;
        r.source = tagSource != null ? tagSource : streamName;
        r.talker = talker;
        r.channel = channel;
        r.ownShip = ownShip;
        r.sentences = sentences;
    }

    private void reject(RejectReason reason) {
        counters.byReason[reason.ordinal()]++;
    }

    private static boolean isBlankOrComment(byte[] buffer, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = buffer[i];
            if (b > ' ') {
                return b == '#';
            }
        }
        return true;
    }
}
