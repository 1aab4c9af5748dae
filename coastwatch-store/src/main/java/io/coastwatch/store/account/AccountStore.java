package io.coastwatch.store.account;

import java.util.List;
import java.util.Optional;

/**
 * Accounts with their role assignments, and API tokens. Every write is durable when the call returns.
 * Thread-safe.
 */
public interface AccountStore {

    Optional<Account> find(String username);

    /** The single sign-on account of {@code issuer}'s user {@code subject}. */
    Optional<Account> findSignedOn(String issuer, String subject);

    /** Every account, in {@link String#compareTo} order of their usernames. */
    List<Account> all();

    /** Creates an account with its assignments; fails with {@link IllegalStateException} when the username is taken. */
    void create(Account account);

    /** Replaces an existing account and its assignments; fails with {@link IllegalStateException} when there is none. */
    void update(Account account);

    /** Removes an account with its assignments and tokens; whether there was one. */
    boolean delete(String username);

    /**
     * Inserts or replaces the token with this hash.
     *
     * @throws IllegalStateException when the token's account does not exist
     */
    void saveToken(ApiToken token);

    Optional<ApiToken> findToken(String tokenHash);

    /** The tokens of {@code username}, newest first. */
    List<ApiToken> tokens(String username);

    /** Removes the token of this id; whether there was one. */
    boolean deleteToken(String id);

    /** Records that token {@code id} was used at {@code millis} (not durable: losing it loses nothing of weight). */
    void markTokenUsed(String id, long millis);
}
