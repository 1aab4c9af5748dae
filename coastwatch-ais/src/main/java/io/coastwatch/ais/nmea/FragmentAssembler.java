package io.coastwatch.ais.nmea;

import io.coastwatch.ais.bits.BitReader;
import java.util.Objects;

/**
 * Puts multi-sentence AIS messages back together.
 *
 * <p>Fragments belong together when they share the stream, the tag-block source ({@code s:}), the
 * talker, the channel, the sequential message id and the fragment count, or, when the sentences
 * carry a tag-block group ({@code g:} or IEC 62320-1 {@code xGy}), when they share the group id.
 * Fragments may arrive out of order and interleaved with other traffic.
 *
 * <p>Many receivers put a tag block on a message's first sentence only
 * ({@code \s:rx,c:…*hh\!AIVDM,2,1,…} then {@code !AIVDM,2,2,…}). A fragment that names no source
 * (no tag block, or one without {@code s:}) therefore continues the pending message of the same
 * stream, talker, channel, sequential id and fragment count whatever source that message named: the
 * one that started last, among those still missing this fragment. gpsd goes further the same way: its
 * {@code aivdm_decode} ({@code drivers/driver_aivdm.c}) keeps one message in assembly per radio
 * channel and ignores tag blocks, so any next fragment on the channel continues it.
 *
 * <p>Memory and time are bounded: at most {@code maxPending} messages are held at once (the oldest is
 * dropped to make room), and a message still incomplete {@code maxAgeMillis} (by receive time) or
 * {@code maxLines} lines after its first fragment is dropped. Every dropped fragment is counted.
 *
 * <p>Not thread-safe: one assembler per decoding thread.
 */
public final class FragmentAssembler {
    /** Sensible defaults: a message's sentences normally follow each other within milliseconds. */
    public static final int DEFAULT_MAX_PENDING = 256;
    public static final long DEFAULT_MAX_AGE_MILLIS = 10_000;
    public static final long DEFAULT_MAX_LINES = 1_000;

    private static final int MAX_FRAGMENTS = 9;
    private static final int SWEEP_INTERVAL_LINES = 64;

    private final Pending[] pending;
    private final long maxAgeMillis;
    private final long maxLines;
    private int active;
    private long droppedFragments;
    private long droppedMessages;

    /** An assembler with the default bounds. */
    public FragmentAssembler() {
        this(DEFAULT_MAX_PENDING, DEFAULT_MAX_AGE_MILLIS, DEFAULT_MAX_LINES);
    }

    public FragmentAssembler(int maxPending, long maxAgeMillis, long maxLines) {
        if (maxPending < 1 || maxAgeMillis < 1 || maxLines < 1) {
            throw new IllegalArgumentException("fragment bounds must be positive");
        }
        this.pending = new Pending[maxPending];
        for (int i = 0; i < maxPending; i++) {
            pending[i] = new Pending();
        }
        this.maxAgeMillis = maxAgeMillis;
        this.maxLines = maxLines;
    }

    /**
     * Takes one fragment of a multi-sentence message.
     *
     * @param sentence the parsed sentence (its fragment count is greater than one)
     * @param stream identity of the stream the line came from (compared with {@code equals}), or {@code null}
     * @param receivedMillis when the line was received: the clock of the time bound (tag-block times
     *     cannot serve, since often only a message's first sentence carries one)
     * @param lineNumber a number that grows by one per line read, for the line bound
     * @return the completed message, to be read with {@link Pending#loadInto} and then
     *     {@link #release}d; or {@code null} while fragments are missing
     */
    public Pending accept(VdmSentence sentence, Object stream, long receivedMillis, long lineNumber) {
        if (lineNumber % SWEEP_INTERVAL_LINES == 0) {
            expire(receivedMillis, lineNumber);
        }
        TagBlock tags = sentence.tagBlock;
        boolean grouped = tags.groupId >= 0;
        String source = grouped ? null : tags.source;
        long key = grouped
                ? Long.MIN_VALUE | tags.groupId
                : ((long) (sentence.talker.charAt(0) << 8 | sentence.talker.charAt(1)) << 32)
                        | ((long) sentence.channel << 16)
                        | ((long) (sentence.sequenceId + 1) << 8) | sentence.fragmentCount;
        int bit = 1 << (sentence.fragmentNumber - 1);
        Pending message = find(key, stream, source, sentence.fragmentCount);
        if (message == null && source == null && !grouped) {
            message = continued(key, stream, sentence.fragmentCount, bit);
        }
        if (message != null && (isExpired(message, receivedMillis, lineNumber) || (message.receivedMask & bit) != 0)) {
            drop(message); // too old, or the same fragment again: the earlier message can no longer complete
            message = null;
        }
        if (message == null) {
            message = start(key, stream, source, sentence.fragmentCount, receivedMillis, lineNumber);
        }
        message.add(sentence, bit);
        if (message.receivedMask == (1 << message.fragmentCount) - 1) {
            return message;
        }
        return null;
    }

    /** Frees a completed message returned by {@link #accept}. */
    public void release(Pending message) {
        remove(message);
    }

    /** Fragments dropped so far because their message never completed. */
    public long droppedFragments() {
        return droppedFragments;
    }

    /** Incomplete messages dropped so far. */
    public long droppedMessages() {
        return droppedMessages;
    }

    /** Messages currently waiting for fragments. */
    public int pendingMessages() {
        return active;
    }

    private Pending find(long key, Object stream, String source, int fragmentCount) {
        for (int i = 0; i < active; i++) {
            Pending candidate = pending[i];
            if (candidate.key == key && candidate.fragmentCount == fragmentCount
                    && Objects.equals(candidate.stream, stream)
                    && Objects.equals(candidate.source, source)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The message a fragment without a source continues: of the same key, stream and count, whatever its
     * source, still missing this fragment, the one that started last; or {@code null}.
     */
    private Pending continued(long key, Object stream, int fragmentCount, int bit) {
        Pending latest = null;
        for (int i = 0; i < active; i++) {
            Pending candidate = pending[i];
            if (candidate.key == key && candidate.fragmentCount == fragmentCount
                    && (candidate.receivedMask & bit) == 0
                    && Objects.equals(candidate.stream, stream)
                    && (latest == null || candidate.startLine > latest.startLine)) {
                latest = candidate;
            }
        }
        return latest;
    }

    private Pending start(long key, Object stream, String source, int fragmentCount, long time, long line) {
        if (active == pending.length) {
            drop(oldest());
        }
        Pending message = pending[active++];
        message.begin(key, stream, source, fragmentCount, time, line);
        return message;
    }

    private Pending oldest() {
        Pending oldest = pending[0];
        for (int i = 1; i < active; i++) {
            if (pending[i].startLine < oldest.startLine) {
                oldest = pending[i];
            }
        }
        return oldest;
    }

    private void expire(long receivedMillis, long lineNumber) {
        for (int i = active - 1; i >= 0; i--) {
            Pending message = pending[i];
            if (isExpired(message, receivedMillis, lineNumber)) {
                drop(message);
            }
        }
    }

    private boolean isExpired(Pending message, long receivedMillis, long lineNumber) {
        return Math.abs(receivedMillis - message.startTimeMillis) > maxAgeMillis
                || lineNumber - message.startLine > maxLines;
    }

    private void drop(Pending message) {
        droppedMessages++;
        droppedFragments += Integer.bitCount(message.receivedMask);
        remove(message);
    }

    private void remove(Pending message) {
        for (int i = 0; i < active; i++) {
            if (pending[i] == message) {
                active--;
                pending[i] = pending[active];
                pending[active] = message;
                message.stream = null;
                message.source = null;
                return;
            }
        }
    }

    /**
     * A message being assembled: the payloads of its fragments and what the first fragment said of
     * its reception. Valid until released.
     */
    public static final class Pending {
        private final byte[][] payloads = new byte[MAX_FRAGMENTS][];
        private final int[] lengths = new int[MAX_FRAGMENTS];
        private long key;
        private Object stream;
        private String source;
        private int fragmentCount;
        private int receivedMask;
        private int lastFillBits;
        private long startTimeMillis;
        private long startLine;
        private long tagTimeMillis;
        private String talker;
        private char channel;
        private boolean ownShip;
        private String tagSource;

        private void begin(long key, Object stream, String source, int fragmentCount, long time, long line) {
            this.key = key;
            this.stream = stream;
            this.source = source;
            this.fragmentCount = fragmentCount;
            this.receivedMask = 0;
            this.startTimeMillis = time;
            this.startLine = line;
            this.tagTimeMillis = Long.MIN_VALUE;
            this.tagSource = null;
            this.talker = null;
            this.channel = 0;
        }

        private void add(VdmSentence sentence, int bit) {
            int index = sentence.fragmentNumber - 1;
            int length = sentence.payloadEnd - sentence.payloadStart;
            if (payloads[index] == null || payloads[index].length < length) {
                payloads[index] = new byte[Math.max(length, 96)];
            }
            System.arraycopy(sentence.line, sentence.payloadStart, payloads[index], 0, length);
            lengths[index] = length;
            receivedMask |= bit;
            if (sentence.fragmentNumber == sentence.fragmentCount) {
                lastFillBits = sentence.fillBits;
            }
            if (index == 0 || talker == null) {
                talker = sentence.talker;
                ownShip = sentence.ownShip;
            }
            if (channel == 0) {
                channel = sentence.channel;
            }
            TagBlock tags = sentence.tagBlock;
            if (tagTimeMillis == Long.MIN_VALUE) {
                tagTimeMillis = tags.timeMillis;
            }
            if (tagSource == null) {
                tagSource = tags.source;
            }
        }

        /**
         * Loads the assembled payload into {@code reader}.
         *
         * @return {@code false} when a fragment holds an invalid character or the whole is too long
         */
        public boolean loadInto(BitReader reader) {
            reader.reset();
            for (int i = 0; i < fragmentCount; i++) {
                if (!reader.append(payloads[i], 0, lengths[i])) {
                    return false;
                }
            }
            return reader.finish(lastFillBits);
        }

        /** Number of sentences the message came in. */
        public int fragmentCount() {
            return fragmentCount;
        }

        /** The first tag-block time among the fragments, or {@link Long#MIN_VALUE}. */
        public long tagTimeMillis() {
            return tagTimeMillis;
        }

        /** The first tag-block source among the fragments, or {@code null}. */
        public String tagSource() {
            return tagSource;
        }

        /** Talker of the first fragment. */
        public String talker() {
            return talker;
        }

        /** The first non-empty channel among the fragments, or 0. */
        public char channel() {
            return channel;
        }

        /** Whether the message was a VDO sentence. */
        public boolean ownShip() {
            return ownShip;
        }
    }
}
