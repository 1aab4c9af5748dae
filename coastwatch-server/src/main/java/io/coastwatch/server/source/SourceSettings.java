package io.coastwatch.server.source;

import java.time.Duration;

/**
 * Tuning shared by the sources.
 *
 * @param initialBackoff first wait before a TCP client reconnects; doubled after each failure
 * @param maxBackoff the cap of that wait
 * @param idleTimeout a TCP connection silent for this long is dropped (a client then reconnects);
 *     {@link Duration#ZERO} never
 * @param maxConnectionsPerListener connections a TCP listener accepts at once
 */
public record SourceSettings(Duration initialBackoff, Duration maxBackoff, Duration idleTimeout,
        int maxConnectionsPerListener) {

    /** Defaults: backoff 1 s doubling to 60 s, idle timeout 2 min, 64 connections per listener. */
    public static SourceSettings defaults() {
        return new SourceSettings(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(2), 64);
    }
}
