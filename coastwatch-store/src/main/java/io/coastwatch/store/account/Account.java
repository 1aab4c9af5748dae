package io.coastwatch.store.account;

import io.coastwatch.operations.access.RoleAssignment;
import java.util.List;
import java.util.Objects;

/**
 * An account, local or signed on through an OpenID Connect provider. Immutable.
 *
 * @param username unique, case-sensitive
 * @param passwordHash the encoded password hash (its format is the server's: e.g. {@code {argon2}…}), or
 *     {@link #NO_PASSWORD} for an account that cannot log in with a password (single sign-on)
 * @param assignments the roles it holds, per unit (or for an agency)
 * @param enabled whether it may log in and its tokens and sessions work
 * @param createdMillis when it was created, UNIX ms
 * @param passwordChangedMillis when its password was last set, UNIX ms
 * @param personId the person it belongs to, or {@code null} while not linked
 * @param totpSecret the Base32 secret of its second factor (RFC 6238), or {@code null} when it has none
 * @param oidc the provider identity of a single sign-on account, or {@code null} for a local one
 */
public record Account(String username, String passwordHash, List<RoleAssignment> assignments, boolean enabled,
        long createdMillis, long passwordChangedMillis, String personId, String totpSecret, OidcIdentity oidc) {

    /** The password hash of an account that has no password: no hash ever matches it. */
    public static final String NO_PASSWORD = "!";

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        assignments = List.copyOf(assignments);
    }

    /** A new local account, enabled, with no person and no second factor. */
    public static Account local(String username, String passwordHash, List<RoleAssignment> assignments,
            long createdMillis) {
        return new Account(username, passwordHash, assignments, true, createdMillis, createdMillis, null, null, null);
    }

    /** A new single sign-on account of {@code identity}, enabled, without a password. */
    public static Account signedOn(String username, OidcIdentity identity, List<RoleAssignment> assignments,
            long createdMillis) {
        return new Account(username, NO_PASSWORD, assignments, true, createdMillis, createdMillis, null, null,
                Objects.requireNonNull(identity, "identity"));
    }

    /** Whether the account can log in with a password. */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public Account withPassword(String newHash, long changedMillis) {
        return new Account(username, newHash, assignments, enabled, createdMillis, changedMillis, personId, totpSecret,
                oidc);
    }

    public Account withAssignments(List<RoleAssignment> newAssignments) {
        return new Account(username, passwordHash, newAssignments, enabled, createdMillis, passwordChangedMillis,
                personId, totpSecret, oidc);
    }

    public Account withEnabled(boolean newEnabled) {
        return new Account(username, passwordHash, assignments, newEnabled, createdMillis, passwordChangedMillis,
                personId, totpSecret, oidc);
    }

    public Account withPerson(String newPersonId) {
        return new Account(username, passwordHash, assignments, enabled, createdMillis, passwordChangedMillis,
                newPersonId, totpSecret, oidc);
    }

    /** This account with the second factor {@code secret} ({@code null}: none). */
    public Account withTotpSecret(String secret) {
        return new Account(username, passwordHash, assignments, enabled, createdMillis, passwordChangedMillis,
                personId, secret, oidc);
    }

    /**
     * The identity of a single sign-on account at its provider.
     *
     * @param issuer the provider's issuer URL, as in its tokens' {@code iss}
     * @param subject the user's {@code sub} at that provider
     */
    public record OidcIdentity(String issuer, String subject) {
        public OidcIdentity {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
        }
    }
}
