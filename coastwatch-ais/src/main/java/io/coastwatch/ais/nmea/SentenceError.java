package io.coastwatch.ais.nmea;

/** Why a line could not be read as an AIS sentence. */
public enum SentenceError {
    /** The line holds no {@code !xxVDM} / {@code !xxVDO} sentence (another NMEA sentence, or text). */
    NOT_AIS,
    /** The sentence's fields are malformed (missing fields, bad fragment numbers, no checksum). */
    SYNTAX,
    /** The sentence's checksum does not match its content. */
    CHECKSUM,
    /** The tag block is malformed or its checksum does not match. */
    TAG_BLOCK
}
