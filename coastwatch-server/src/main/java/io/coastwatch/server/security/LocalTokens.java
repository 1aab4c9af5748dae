package io.coastwatch.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.ApiToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens Coastwatch issues: 256 random bits written {@code cw_} + base64url, stored only as
 * the hex SHA-256 of the whole token, listed and revoked by an id (the hash's first 16 hex digits), each
 * with an end. A verified token is kept in memory for {@value #KEEP_SECONDS} seconds (a request then costs
 * no database read); revoking it, or any change to its account, takes effect on the next request.
 * When a token was last used is written at most every few minutes. Thread-safe.
 */
final class LocalTokens {
    static final String PREFIX = "cw_";
    private static final long KEEP_SECONDS = 30;
    private static final Duration USE_PRECISION = Duration.ofMinutes(5);

    private final AccountStore store;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, ApiToken> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS)).build();

    LocalTokens(AccountStore store, AccountDirectory accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token issued: the secret (shown once) and what is stored of it. */
    record Issued(String secret, ApiToken token) {
    }

    /** Issues a token acting for {@code username}, living {@code lifetime}. */
    Issued issue(String username, String label, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(secret);
        long now = clock.millis();
        ApiToken token = new ApiToken(hash.substring(0, 16), hash, username, label, now, now + lifetime.toMillis(), 0L);
        store.saveToken(token);
        return new Issued(secret, token);
    }

    /** The user a token acts for, when it is known, unexpired and its account enabled. */
    Optional<CoastwatchUser> authenticate(String secret) {
        String hash = hash(secret);
        ApiToken token = verified.getIfPresent(hash);
        if (token == null) {
            token = store.findToken(hash).orElse(null);
            if (token == null) {
                return Optional.empty();
            }
            verified.put(hash, token);
        }
        long now = clock.millis();
        if (token.expiresMillis() <= now) {
            return Optional.empty();
        }
        if (now - token.lastUsedMillis() >= USE_PRECISION.toMillis()) {
            store.markTokenUsed(token.id(), now);
            verified.put(hash, new ApiToken(token.id(), hash, token.username(), token.label(), token.createdMillis(),
                    token.expiresMillis(), now));
        }
        Optional<Account> account = accounts.enabled(token.username());
        return account.map(a -> new CoastwatchUser(a.username(), a.personId(), a.assignments(),
                CoastwatchUser.Via.TOKEN, null));
    }

    /** The tokens of {@code username}, newest first. */
    List<ApiToken> of(String username) {
        return store.tokens(username);
    }

    /** Revokes token {@code id}; whether there was one. */
    boolean revoke(String id) {
        boolean revoked = store.deleteToken(id);
        verified.asMap().values().removeIf(token -> token.id().equals(id));
        return revoked;
    }

    /** Forgets the verified tokens of {@code username} (the account changed, was disabled or deleted). */
    void accountChanged(String username) {
        verified.asMap().values().removeIf(token -> token.username().equals(username));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
