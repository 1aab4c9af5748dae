package io.coastwatch.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.store.account.Account.OidcIdentity;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.ApiToken;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every change to accounts, their roles, passwords, second factors, tokens and sessions: checked (the
 * password policy, who may change whom, never the last system administrator removed), written with its
 * audit record ({@link AccountAudit}), and applied at once (cached accounts and tokens forgotten, the
 * sessions of a disabled or deleted account ended). Who may call each is the {@link AccessTable}'s; a
 * user changes their own password, second factor, tokens and sessions, a system administrator anyone's.
 * Thread-safe.
 */
final class AccountAdministration {
    /** The pattern of usernames, the API's id pattern ({@code docs/development.md}). */
    private static final Duration ENROLMENT_TIME = Duration.ofMinutes(10);
    private static final String ISSUER = "Coastwatch";

    private final AccountStore store;
    private final AccountDirectory directory;
    private final LocalTokens tokens;
    private final ConsoleSessions sessions;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final PasswordLogin passwords;
    private final Totp totp;
    private final AccountAudit audit;
    private final SecurityProperties settings;
    private final Clock clock;
    private final Cache<String, String> pendingSecrets = Caffeine.newBuilder().expireAfterWrite(ENROLMENT_TIME).build();

    AccountAdministration(AccountStore store, AccountDirectory directory, LocalTokens tokens, ConsoleSessions sessions,
            PasswordEncoder encoder, PasswordPolicy policy, PasswordLogin passwords, Totp totp, AccountAudit audit,
            SecurityProperties settings, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.tokens = tokens;
        this.sessions = sessions;
        this.encoder = encoder;
        this.policy = policy;
        this.passwords = passwords;
        this.totp = totp;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new local account; 400 for a bad username or password, 409 when the name is taken. */
    Account create(Actor by, String username, String password, List<RoleAssignment> assignments, String personId) {
        if (username == null || !Ids.isValid(username)) {
            throw ApiException.invalid("username", "bad-format", "a username is 1-64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        policy.check("password", username, password);
        Account account = Account.local(username, encoder.encode(password), assignments, clock.millis())
                .withPerson(personId);
        audit.write(by, "create", "account", username, null, AccountAudit.of(account), () -> {
            try {
                store.create(account);
            } catch (IllegalStateException taken) {
                throw new StateConflict("an account named '" + username + "' exists");
            }
            return null;
        });
        directory.changed(username);
        return account;
    }

    /** Replaces the roles, enabled flag and person of {@code username}. */
    Account update(Actor by, String username, List<RoleAssignment> assignments, boolean enabled, String personId) {
        Account before = existing(username);
        Account after = before.withAssignments(assignments).withEnabled(enabled).withPerson(personId);
        keepAnAdministrator(before, after);
        audit.write(by, enabled == before.enabled() ? "update" : enabled ? "enable" : "disable", "account", username,
                AccountAudit.of(before), AccountAudit.of(after), () -> {
                    store.update(after);
                    return null;
                });
        applied(username, !enabled);
        return after;
    }

    /** Deletes {@code username} with its roles and tokens, and ends its sessions. */
    void delete(Actor by, String username) {
        Account before = existing(username);
        keepAnAdministrator(before, null);
        audit.write(by, "delete", "account", username, AccountAudit.of(before), null, () -> store.delete(username));
        applied(username, true);
    }

    /**
     * Sets the password of {@code username}: their own with the current password, or anyone's by a system
     * administrator. Ends the account's other sessions.
     */
    void changePassword(CoastwatchUser by, String username, String currentPassword, String newPassword) {
        Account before = existing(username);
        boolean self = by.username().equals(username);
        if (!self && !by.actor().holds(Role.SYSTEM_ADMIN)) {
            throw new OutOfScope("only a system administrator sets another account's password");
        }
        if (self && (!before.hasPassword() || !passwords.matches(before, currentPassword))) {
            throw ApiException.invalid("currentPassword", "wrong-password", "the current password is wrong");
        }
        policy.check("newPassword", username, newPassword);
        Account after = before.withPassword(encoder.encode(newPassword), clock.millis());
        audit.write(by.actor(), "change-password", "account", username, AccountAudit.of(before), AccountAudit.of(after),
                () -> {
                    store.update(after);
                    return null;
                });
        directory.changed(username);
        sessions.of(username).stream().filter(session -> !session.id().equals(by.sessionId()))
                .forEach(session -> sessions.end(session.id()));
    }

    /** A second factor's secret offered to {@code user} for their own account, kept 10 minutes until confirmed. */
    Enrolment startSecondFactor(CoastwatchUser user, String username) {
        self(user, username);
        Account account = existing(username);
        if (account.assignments().stream().noneMatch(a -> settings.secondFactorRoles().contains(a.role().slug()))) {
            throw new OutOfScope("a second factor is for the roles " + settings.secondFactorRoles());
        }
        String secret = totp.newSecret();
        pendingSecrets.put(username, secret);
        String uri = Totp.uri(ISSUER, username, secret);
        return new Enrolment(secret, uri, QrCode.svg(uri));
    }

    /** A secret to enter in an authenticator app, the same as an {@code otpauth://} URI, and that URI's QR code (SVG). */
    record Enrolment(String secret, String uri, String qrSvg) {
    }

    /** Turns the offered second factor on when {@code code} is its current code. */
    void confirmSecondFactor(CoastwatchUser user, String username, String code) {
        self(user, username);
        String secret = pendingSecrets.getIfPresent(username);
        if (secret == null) {
            throw new StateConflict("no second factor is being set up: start again");
        }
        Account before = existing(username);
        Account after = before.withTotpSecret(secret);
        if (!passwords.secondFactor(after, code)) {
            throw ApiException.invalid("code", "wrong-code", "the code is not the authenticator's current one");
        }
        audit.write(user.actor(), "enable-second-factor", "account", username, AccountAudit.of(before),
                AccountAudit.of(after), () -> {
                    store.update(after);
                    return null;
                });
        pendingSecrets.invalidate(username);
        directory.changed(username);
    }

    /** Turns the second factor off: the holder with a current code, or a system administrator (a lost phone). */
    void removeSecondFactor(CoastwatchUser by, String username, String code) {
        Account before = existing(username);
        boolean self = by.username().equals(username);
        if (!self && !by.actor().holds(Role.SYSTEM_ADMIN)) {
            throw new OutOfScope("only a system administrator removes another account's second factor");
        }
        if (before.totpSecret() == null) {
            throw new StateConflict("'" + username + "' has no second factor");
        }
        if (self && !passwords.secondFactor(before, code)) {
            throw ApiException.invalid("code", "wrong-code", "the code is not the authenticator's current one");
        }
        Account after = before.withTotpSecret(null);
        audit.write(by.actor(), "remove-second-factor", "account", username, AccountAudit.of(before),
                AccountAudit.of(after), () -> {
                    store.update(after);
                    return null;
                });
        directory.changed(username);
    }

    /** Issues a token for {@code user}, living {@code lifetime} (the default when {@code null}). */
    LocalTokens.Issued issueToken(CoastwatchUser user, String label, Duration lifetime) {
        Duration chosen = lifetime == null ? settings.tokenLifetime() : lifetime;
        if (chosen.isNegative() || chosen.isZero() || chosen.compareTo(settings.tokenMaxLifetime()) > 0) {
            throw ApiException.invalid("expiresInDays", "out-of-range", "a token lives 1 day to "
                    + settings.tokenMaxLifetime().toDays() + " days");
        }
        return audit.write(user.actor(), "issue", "token", user.username(), null, null, () -> {
            LocalTokens.Issued issued = tokens.issue(user.username(), label, chosen);
            return issued;
        });
    }

    /** Revokes token {@code id}: one's own, or anyone's by a system administrator. */
    void revokeToken(CoastwatchUser by, String id) {
        ApiToken token = tokenOf(by, id);
        audit.write(by.actor(), "revoke", "token", id, AccountAudit.of(token), null, () -> tokens.revoke(id));
    }

    /** Token {@code id} when {@code by} may see it (their own, or any for a system administrator); 404 otherwise. */
    ApiToken tokenOf(CoastwatchUser by, String id) {
        boolean admin = by.actor().holds(Role.SYSTEM_ADMIN);
        List<String> owners = admin ? store.all().stream().map(Account::username).toList() : List.of(by.username());
        return owners.stream().flatMap(owner -> tokens.of(owner).stream()).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no token '" + id + "'"));
    }

    /** Ends console session {@code id}: one's own, or anyone's by a system administrator. */
    void endSession(CoastwatchUser by, String id) {
        ConsoleSessions.Info session = sessions.find(id)
                .filter(s -> s.username().equals(by.username()) || by.actor().holds(Role.SYSTEM_ADMIN))
                .orElseThrow(() -> new NotFound("no session '" + id + "'"));
        audit.write(by.actor(), "end", "session", id, java.util.Map.of("username", session.username()), null,
                () -> sessions.end(id));
    }

    /**
     * The account of a provider's identity: found, or made at its first sign-in under {@code username}
     * (audited as the job {@code system:sign-on}); empty when {@code username} belongs to another account.
     */
    Optional<Account> signedOn(OidcIdentity identity, String username) {
        Optional<Account> known = store.findSignedOn(identity.issuer(), identity.subject());
        if (known.isPresent()) {
            return known;
        }
        if (store.find(username).isPresent()) {
            return Optional.empty();
        }
        Account account = Account.signedOn(username, identity, List.of(), clock.millis());
        try {
            audit.write(Actor.system("sign-on"), "create", "account", username, null, AccountAudit.of(account), () -> {
                store.create(account);
                return null;
            });
        } catch (IllegalStateException raced) {
            return store.findSignedOn(identity.issuer(), identity.subject());
        }
        return Optional.of(account);
    }

    private Account existing(String username) {
        return store.find(username).orElseThrow(() -> new NotFound("no account '" + username + "'"));
    }

    private static void self(CoastwatchUser user, String username) {
        if (!user.username().equals(username)) {
            throw new OutOfScope("only the account's holder sets up its second factor");
        }
    }

    /** Refuses a change that would leave no enabled system administrator (nobody could repair that from the API). */
    private void keepAnAdministrator(Account before, Account after) {
        boolean wasAdmin = before.enabled() && before.assignments().stream().anyMatch(a -> a.role() == Role.SYSTEM_ADMIN);
        boolean staysAdmin = after != null && after.enabled()
                && after.assignments().stream().anyMatch(a -> a.role() == Role.SYSTEM_ADMIN);
        if (wasAdmin && !staysAdmin && store.all().stream().filter(a -> !a.username().equals(before.username()))
                .noneMatch(a -> a.enabled() && a.assignments().stream().anyMatch(r -> r.role() == Role.SYSTEM_ADMIN))) {
            throw new StateConflict("'" + before.username() + "' is the last enabled system administrator");
        }
    }

    private void applied(String username, boolean endSessions) {
        directory.changed(username);
        tokens.accountChanged(username);
        if (endSessions) {
            sessions.endAll(username);
        }
    }
}
