package io.coastwatch.ais.nmea;

/**
 * One parsed {@code !xxVDM} / {@code !xxVDO} sentence: a mutable view over the caller's line buffer,
 * refilled by {@link VdmParser#parse} for every line. The payload is not copied: it stays in the
 * line buffer between {@link #payloadStart()} and {@link #payloadEnd()}.
 */
public final class VdmSentence {
    final TagBlock tagBlock = new TagBlock();
    byte[] line;
    String talker;
    boolean ownShip;
    int fragmentCount;
    int fragmentNumber;
    int sequenceId;
    char channel;
    int payloadStart;
    int payloadEnd;
    int fillBits;
    boolean payloadLoaded;

    /** The tag block (check {@link TagBlock#present()}). */
    public TagBlock tagBlock() {
        return tagBlock;
    }

    /** The line buffer that holds the payload. */
    public byte[] line() {
        return line;
    }

    /** Talker identifier, such as {@code AI}, {@code AB} or {@code BS}. */
    public String talker() {
        return talker;
    }

    /** {@code true} for VDO (the station's own reports), {@code false} for VDM. */
    public boolean ownShip() {
        return ownShip;
    }

    /** Number of sentences of the message (1-9). */
    public int fragmentCount() {
        return fragmentCount;
    }

    /** This sentence's number within the message (1-based). */
    public int fragmentNumber() {
        return fragmentNumber;
    }

    /** Sequential message id (0-9) of a multi-sentence message, or -1 when empty. */
    public int sequenceId() {
        return sequenceId;
    }

    /** Radio channel ({@code A}, {@code B}, {@code 1}, {@code 2} …), or {@code 0} when empty. */
    public char channel() {
        return channel;
    }

    /** Index of the first payload character in {@link #line()}. */
    public int payloadStart() {
        return payloadStart;
    }

    /** Index after the last payload character in {@link #line()}. */
    public int payloadEnd() {
        return payloadEnd;
    }

    /**
     * Whether the parser has already loaded the payload into the reader given to
     * {@link VdmParser#parse(byte[], int, int, VdmSentence, io.coastwatch.ais.bits.BitReader)}, fill bits
     * applied (single-sentence messages on the fast path).
     */
    public boolean payloadLoaded() {
        return payloadLoaded;
    }

    /** Fill bits as sent (0-5 when well formed; other values are kept and tolerated later). */
    public int fillBits() {
        return fillBits;
    }
}
