package io.coastwatch.store.account;

import java.util.List;
import java.util.Optional;

/** Accounts and API tokens. Every write is durable when the call returns. Thread-safe. */
public interface AccountStore {

    Optional<Account> find(String username);

    List<Account> all();

    /** Creates an account; fails with {@link IllegalStateException} when the username is taken. */
    void create(Account account);

    /** Replaces an existing account; fails with {@link IllegalStateException} when there is none. */
    void update(Account account);

    void saveToken(ApiToken token);

    Optional<ApiToken> findToken(String tokenHash);

    void deleteToken(String tokenHash);
}
