package io.coastwatch.store.account;

import java.util.Objects;

/**
 * A bearer token of an API client or script. Only the token's hash is stored. Immutable.
 *
 * @param id a short public name of the token, to list and revoke it by (never enough to use it)
 * @param tokenHash hex SHA-256 of the token
 * @param username the account it acts for
 * @param label what it is for, as its creator named it
 * @param createdMillis when it was issued, UNIX ms
 * @param expiresMillis when it stops working, UNIX ms
 * @param lastUsedMillis when it was last seen (to a few minutes), UNIX ms, or 0 when never
 */
public record ApiToken(String id, String tokenHash, String username, String label, long createdMillis,
        long expiresMillis, long lastUsedMillis) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(label, "label");
    }
}
