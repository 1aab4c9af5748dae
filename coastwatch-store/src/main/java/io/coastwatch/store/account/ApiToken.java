package io.coastwatch.store.account;

/**
 * A bearer token of an API client or script. Only the token's hash is stored.
 *
 * @param tokenHash hex SHA-256 of the token
 * @param username the account it acts for
 * @param label what it is for, as its creator named it
 * @param createdMillis when it was issued, UNIX ms
 * @param expiresMillis when it stops working, UNIX ms, or {@link Long#MAX_VALUE} for never
 */
public record ApiToken(String tokenHash, String username, String label, long createdMillis, long expiresMillis) {
}
