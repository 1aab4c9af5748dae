package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.server.api.FieldError;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates the first administrator, {@code admin} (a system administrator held in the command), when the
 * store has no account: with the password given ({@code COASTWATCH_ADMIN_PASSWORD}), which must pass the
 * password policy — a weak one stops the start with the reason — else a generated one printed once to
 * the console. Runs once, at start, before the server takes requests; audited as {@code system:first-start}.
 */
final class AdminBootstrap {
    /** The first administrator's name. */
    static final String ADMIN = "admin";

    private AdminBootstrap() {
    }

    /**
     * @param givenPassword the password to use, or {@code null}/blank to generate one
     * @param console where a generated password is printed
     * @return whether an account was created
     * @throws IllegalStateException when the given password fails the policy
     */
    static boolean ensureAdmin(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy, AccountAudit audit,
            String givenPassword, PrintStream console, Clock clock) {
        if (!accounts.all().isEmpty()) {
            return false;
        }
        boolean generated = givenPassword == null || givenPassword.isBlank();
        String password = generated ? generate() : givenPassword;
        Optional<FieldError> weak = policy.problem("COASTWATCH_ADMIN_PASSWORD", ADMIN, password);
        if (weak.isPresent()) {
            throw new IllegalStateException("COASTWATCH_ADMIN_PASSWORD (coastwatch.admin.password) is refused: "
                    + weak.get().message());
        }
        Account admin = Account.local(ADMIN, encoder.encode(password), List.of(RoleAssignment.atRoot(Role.SYSTEM_ADMIN)),
                clock.millis());
        audit.write(Actor.system("first-start"), "create", "account", ADMIN, null, AccountAudit.of(admin), () -> {
            accounts.create(admin);
            return null;
        });
        if (generated) {
            console.println("coastwatch: created the first administrator 'admin' with the generated password: " + password);
            console.println("coastwatch: it is shown once; change it (PUT /api/v1/accounts/admin/password), or set"
                    + " COASTWATCH_ADMIN_PASSWORD before the first start");
            console.flush();
        }
        return true;
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
