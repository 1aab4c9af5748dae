package io.coastwatch.ais.nmea;

/**
 * The tag block in front of a sentence: NMEA 0183 v4.10 §7.9 ({@code \c:…,s:…,g:…*hh\}) and the
 * IEC 62320-1 sentence grouping ({@code \1G2:1234*hh\}).
 *
 * <p>A mutable view, reused for every line by {@link VdmParser}: values are valid until the next
 * line is parsed. Absent numbers read as -1 ({@link #timeMillis()} as {@link Long#MIN_VALUE}),
 * absent texts as {@code null}.
 */
public final class TagBlock {
    boolean present;
    long timeMillis;
    String source;
    String destination;
    String text;
    String info;
    long lineCount;
    long relativeTime;
    int groupSentence;
    int groupSize;
    long groupId;

    TagBlock() {
        clear();
    }

    /** Back to "no tag block". The parser calls it only when the last line had one. */
    void clear() {
        present = false;
        timeMillis = Long.MIN_VALUE;
        source = null;
        destination = null;
        text = null;
        info = null;
        lineCount = -1;
        relativeTime = -1;
        groupSentence = -1;
        groupSize = -1;
        groupId = -1;
    }

    /** Whether the line had a tag block. */
    public boolean present() {
        return present;
    }

    /** {@code c:} UNIX time in milliseconds (sent as seconds or milliseconds), or {@link Long#MIN_VALUE}. */
    public long timeMillis() {
        return timeMillis;
    }

    /** {@code s:} source (receiver) name, or {@code null}. */
    public String source() {
        return source;
    }

    /** {@code d:} destination, or {@code null}. */
    public String destination() {
        return destination;
    }

    /** {@code t:} free text, or {@code null}. */
    public String text() {
        return text;
    }

    /** {@code i:} information text, or {@code null}. */
    public String info() {
        return info;
    }

    /** {@code n:} line count, or -1. */
    public long lineCount() {
        return lineCount;
    }

    /** {@code r:} relative time, or -1. */
    public long relativeTime() {
        return relativeTime;
    }

    /** Sentence number within its group ({@code g:} or {@code xGy}), or -1. */
    public int groupSentence() {
        return groupSentence;
    }

    /** Number of sentences in the group, or -1. */
    public int groupSize() {
        return groupSize;
    }

    /** Group identifier, or -1 when the sentence is not grouped. */
    public long groupId() {
        return groupId;
    }
}
