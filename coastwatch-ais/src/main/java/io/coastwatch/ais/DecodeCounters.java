package io.coastwatch.ais;

import io.coastwatch.ais.message.MessageCodec;

/**
 * What became of every line given to an {@link AisDecoder}. Each line has exactly one outcome:
 * <pre>lines = ignored + rejected + held fragments + lines that completed a message</pre>
 * and every completed message is counted under its type. Held fragments later either complete a
 * message or are dropped ({@link #droppedFragments()}).
 *
 * <p>Written by the decoding thread only; another thread reading it sees values that may lag.
 */
public final class DecodeCounters {
    long lines;
    long ignored;
    long heldFragments;
    long messages;
    long droppedFragments;
    long droppedMessages;
    final long[] byType = new long[MessageCodec.MAX_TYPE + 1];
    final long[] byReason = new long[RejectReason.values().length];

    /** Lines given to the decoder. */
    public long lines() {
        return lines;
    }

    /** Blank lines and {@code #} comments. */
    public long ignored() {
        return ignored;
    }

    /** Lines that were fragments of a multi-sentence message and did not complete it. */
    public long heldFragments() {
        return heldFragments;
    }

    /** Messages decoded (equal to the lines that completed one). */
    public long messages() {
        return messages;
    }

    /** Messages decoded of one type, 1-27. */
    public long messages(int type) {
        return byType[type];
    }

    /** Lines rejected, all reasons together. */
    public long rejected() {
        long total = 0;
        for (long count : byReason) {
            total += count;
        }
        return total;
    }

    /** Lines rejected for one reason. */
    public long rejected(RejectReason reason) {
        return byReason[reason.ordinal()];
    }

    /** Held fragments dropped because their message did not complete in time or memory bounds. */
    public long droppedFragments() {
        return droppedFragments;
    }

    /** Incomplete multi-sentence messages dropped. */
    public long droppedMessages() {
        return droppedMessages;
    }
}
