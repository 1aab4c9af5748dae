package io.coastwatch.server.webhook;

import java.time.Duration;

/**
 * How deliveries are retried: the first retry after {@code initialBackoff}, each next one after twice
 * the wait before, at most {@code maxBackoff}; after {@code maxAttempts} failed attempts the delivery
 * is given up (and stays in the outbox with its last error). Each attempt may take {@code timeout}.
 */
public record WebhookSettings(Duration initialBackoff, Duration maxBackoff, int maxAttempts, Duration timeout) {

    public WebhookSettings {
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("webhook back-off: initial must be positive and max at least initial");
        }
        if (maxAttempts < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("webhook delivery: max-attempts must be at least 1 and timeout positive");
        }
    }

    /** The wait after failed attempt number {@code attempts} (1 for the first). */
    public Duration backoff(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
