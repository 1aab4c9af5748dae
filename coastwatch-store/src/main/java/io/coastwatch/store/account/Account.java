package io.coastwatch.store.account;

/**
 * A local user account.
 *
 * @param username unique, case-sensitive
 * @param passwordHash the encoded password hash (its format is the server's: e.g. {@code {argon2}…})
 * @param role what the user may do
 * @param enabled whether the user may log in
 * @param createdMillis when the account was created, UNIX ms
 */
public record Account(String username, String passwordHash, Role role, boolean enabled, long createdMillis) {
}
