package io.coastwatch.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed log-ins counted per account and per client address, and the back-off they earn: past the free
 * attempts, each next attempt must wait a delay that doubles from the initial one up to the longest
 * ({@link SecurityProperties.Lockout}); a success clears the account's count. A refused attempt is not
 * tried at all, so it costs no password hash. Counts are kept in memory, at most 100,000 keys each, for
 * the window after the last failure (a restart forgets them). Thread-safe.
 */
final class LoginThrottle {
    private static final int MAX_KEYS = 100_000;
    private static final int MAX_DOUBLINGS = 30;

    private final SecurityProperties.Lockout settings;
    private final Clock clock;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    LoginThrottle(SecurityProperties.Lockout settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(settings.window()).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(settings.window()).build();
    }

    /** Failures of one key: how many, and the time before which the next attempt is refused. */
    private record Failures(int count, long blockedUntilMillis) {
    }

    /**
     * How long {@code username} from {@code address} must still wait; empty when it may try now.
     *
     * @param username the account tried, or {@code null} for a credential that names none (a token)
     */
    Optional<Duration> wait(String username, String address) {
        long now = clock.millis();
        long until = Math.max(username == null ? 0 : blockedUntil(accounts, username), blockedUntil(addresses, address));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    /** Counts a failed attempt of {@code username} (known or not; {@code null} for a token) from {@code address}. */
    void failed(String username, String address) {
        if (username != null) {
            count(accounts, username, settings.accountAttempts());
        }
        count(addresses, address, settings.addressAttempts());
    }

    /** Clears the account's count after a successful log-in (the address keeps its own). */
    void succeeded(String username) {
        accounts.invalidate(username);
    }

    private void count(Cache<String, Failures> cache, String key, int freeAttempts) {
        long now = clock.millis();
        cache.asMap().compute(key, (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            int over = count - freeAttempts;
            long delay = over <= 0 ? 0 : Math.min(settings.maxDelay().toMillis(),
                    settings.initialDelay().toMillis() << Math.min(over - 1, MAX_DOUBLINGS));
            return new Failures(count, now + delay);
        });
    }

    private static long blockedUntil(Cache<String, Failures> cache, String key) {
        Failures failures = cache.getIfPresent(key);
        return failures == null ? 0 : failures.blockedUntilMillis();
    }
}
