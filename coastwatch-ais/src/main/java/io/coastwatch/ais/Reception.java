package io.coastwatch.ais;

/**
 * How a message was received: its event time, the receiver that heard it, the radio channel.
 *
 * <p>A mutable view that the {@link AisDecoder} refills for every message it hands out: read it
 * during {@link AisMessageHandler#onMessage} and copy what must be kept. Not thread-safe.
 */
public final class Reception {
    long eventTimeMillis;
    boolean tagBlockTime;
    String source;
    String talker;
    char channel;
    boolean ownShip;
    int sentences;

    /**
     * Event time in UNIX milliseconds: the tag block's {@code c:} time when there was one, else the
     * time the line was received.
     */
    public long eventTimeMillis() {
        return eventTimeMillis;
    }

    /** Whether {@link #eventTimeMillis()} came from a tag block. */
    public boolean hasTagBlockTime() {
        return tagBlockTime;
    }

    /** The receiver: the tag block's {@code s:} source, else the stream's name given to the decoder (may be {@code null}). */
    public String source() {
        return source;
    }

    /** NMEA talker of the (first) sentence, such as {@code AI} or {@code BS}. */
    public String talker() {
        return talker;
    }

    /** Radio channel, or 0 when the sentence did not say. */
    public char channel() {
        return channel;
    }

    /** {@code true} for a VDO sentence: the receiving station's own report. */
    public boolean ownShip() {
        return ownShip;
    }

    /** Number of sentences the message came in. */
    public int sentences() {
        return sentences;
    }
}
