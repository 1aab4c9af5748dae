package io.coastwatch.ais;

import io.coastwatch.ais.nmea.SentenceError;

/** Why a line yielded no message. Every rejected line is counted under exactly one reason. */
public enum RejectReason {
    /** Not an AIS VDM/VDO sentence (another NMEA sentence, or text). */
    NOT_AIS,
    /** Malformed sentence fields. */
    SYNTAX,
    /** Sentence checksum mismatch. */
    CHECKSUM,
    /** Malformed tag block, or tag-block checksum mismatch. */
    TAG_BLOCK,
    /** A payload character outside the six-bit alphabet, or a payload too long to be AIS. */
    BAD_PAYLOAD,
    /** Message type 0 or above 27. */
    UNKNOWN_TYPE,
    /** Fewer bits than the message type needs. */
    SHORT_PAYLOAD,
    /** The decoder failed on the message: a defect in Coastwatch, never expected. */
    DECODER_FAILURE;

    static RejectReason of(SentenceError error) {
        return switch (error) {
            case NOT_AIS -> NOT_AIS;
            case SYNTAX -> SYNTAX;
            case CHECKSUM -> CHECKSUM;
            case TAG_BLOCK -> TAG_BLOCK;
        };
    }
}
