package io.coastwatch.server.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings shared by the sources; a source's URI may override the peer and time-out ones
 * ({@link SourceUri.Overrides}). Immutable.
 *
 * @param initialBackoff first wait before a TCP client reconnects; doubled after each failure
 * @param maxBackoff the cap of that wait
 * @param idleTimeout a TCP connection silent for this long is dropped (a client then reconnects);
 *     {@link Duration#ZERO} never
 * @param maxConnectionsPerListener connections a TCP listener accepts at once
 * @param maxConnectionsPerPeer connections a TCP listener accepts at once from one peer address
 * @param allowedPeers the peers a TCP or UDP listener takes data from
 * @param queueShare most inputs of one source waiting in the engine's queue at once: a source that
 *     floods fills this share, not the queue
 * @param maxAhead a message whose tag-block time is more than this ahead of its receive time is refused
 *     (file replays are not checked: their times are the recording's)
 * @param replayFolders the folders (and their subfolders) in which a file source added through the
 *     API must lie; none: the API adds no file source
 */
public record SourceSettings(Duration initialBackoff, Duration maxBackoff, Duration idleTimeout,
        int maxConnectionsPerListener, int maxConnectionsPerPeer, PeerFilter allowedPeers, int queueShare,
        Duration maxAhead, List<Path> replayFolders) {

    /** Checks the settings. */
    public SourceSettings {
        Objects.requireNonNull(allowedPeers, "allowedPeers");
        replayFolders = List.copyOf(replayFolders);
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || idleTimeout.isNegative()
                || maxConnectionsPerListener < 1 || maxConnectionsPerPeer < 1 || queueShare < 1 || maxAhead.isNegative()) {
            throw new IllegalArgumentException("invalid source settings: " + initialBackoff + ", " + maxBackoff + ", "
                    + idleTimeout + ", " + maxConnectionsPerListener + ", " + maxConnectionsPerPeer + ", " + queueShare
                    + ", " + maxAhead);
        }
    }

    /**
     * Defaults: backoff 1 s doubling to 60 s, idle timeout 2 min, 64 connections per listener and 4 per
     * peer, peers on this machine only, a share of 16,384 queued inputs, 5 min ahead at most, no
     * replay folder.
     */
    public static SourceSettings defaults() {
        return new SourceSettings(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(2), 64, 4,
                PeerFilter.loopback(), 16_384, Duration.ofMinutes(5), List.of());
    }

    /**
     * The wait before a TCP client connects again after {@code failures} failed attempts in a row (at
     * least 1): the initial backoff, doubled for each failure after the first, at most the cap.
     */
    public Duration backoff(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("a backoff follows at least one failure: " + failures);
        }
        if (initialBackoff.isZero()) {
            return Duration.ZERO;
        }
        // After floor(log2(max / initial)) + 1 doublings the wait is past the cap: double no further.
        int doublingsPastTheCap = Math.min(62, Long.SIZE - Long.numberOfLeadingZeros(maxBackoff.dividedBy(initialBackoff)));
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(failures - 1, doublingsPastTheCap));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** These settings with what a source's URI overrides. */
    public SourceSettings with(SourceUri.Overrides overrides) {
        return new SourceSettings(initialBackoff, maxBackoff,
                overrides.idleTimeout() != null ? overrides.idleTimeout() : idleTimeout, maxConnectionsPerListener,
                overrides.maxConnectionsPerPeer() != null ? overrides.maxConnectionsPerPeer() : maxConnectionsPerPeer,
                overrides.allowedPeers() != null ? overrides.allowedPeers() : allowedPeers, queueShare, maxAhead,
                replayFolders);
    }
}
