package io.coastwatch.server.source;

import java.util.Locale;

/**
 * Why a source refused something at the door, by policy (lines it could not decode are rejections,
 * counted by the decoder's {@code RejectReason}). Each reason counts what it refuses: a connection,
 * a datagram, or a message.
 */
public enum Refusal {
    /** A connection (TCP) or datagram (UDP) from a peer outside the source's allowed peers. */
    PEER_NOT_ALLOWED,
    /** A connection from a peer that already holds its connections to the listener. */
    PEER_FULL,
    /** A connection to a listener that holds its most connections. */
    LISTENER_FULL,
    /**
     * A message whose tag-block time is further ahead of its receive time than the sources take
     * ({@code coastwatch.source-defaults.max-ahead}): a wrong clock, or a report meant to move event time.
     */
    IN_THE_FUTURE;

    /** The reason as the API and the metrics name it: {@code peer-not-allowed}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
