package io.coastwatch.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import java.time.Duration;
import java.util.Optional;

/**
 * The accounts as every request sees them: read from the {@link AccountStore} and kept for a few
 * seconds, so that a request costs no database read; every change made through the server evicts the
 * account at once ({@link #changed}), so a disabled account or a changed role takes effect on the next
 * request. Thread-safe.
 */
final class AccountDirectory {
    private static final Duration KEEP = Duration.ofSeconds(5);

    private final AccountStore store;
    private final Cache<String, Optional<Account>> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(KEEP).build();

    AccountDirectory(AccountStore store) {
        this.store = store;
    }

    /** The account as it is now (to within a few seconds for changes made outside this server). */
    Optional<Account> find(String username) {
        return cache.get(username, store::find);
    }

    /** The enabled account {@code username}, if there is one. */
    Optional<Account> enabled(String username) {
        return find(username).filter(Account::enabled);
    }

    /** Forgets what is kept of {@code username}: it was changed or deleted. */
    void changed(String username) {
        cache.invalidate(username);
    }
}
