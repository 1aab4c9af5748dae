package io.coastwatch.server.security;

import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.Role;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Creates the first administrator, {@code admin}, when the store has no account: with the password
 * given (from {@code COASTWATCH_ADMIN_PASSWORD}), else a generated one printed once to the console. Runs
 * once, at start, before the server takes requests.
 */
public final class AdminBootstrap {
    /** The first administrator's name. */
    public static final String ADMIN = "admin";

    private AdminBootstrap() {
    }

    /**
     * @param givenPassword the password to use, or {@code null}/blank to generate one
     * @param console where a generated password is printed
     * @return whether an account was created
     */
    public static boolean ensureAdmin(AccountStore accounts, org.springframework.security.crypto.password.PasswordEncoder encoder,
            String givenPassword, PrintStream console, Clock clock) {
        if (!accounts.all().isEmpty()) {
            return false;
        }
        boolean generated = givenPassword == null || givenPassword.isBlank();
        String password = generated ? generate() : givenPassword;
        accounts.create(new Account(ADMIN, encoder.encode(password), Role.ADMIN, true, clock.millis()));
        if (generated) {
            console.println("coastwatch: created the first administrator 'admin' with the generated password: " + password);
            console.println("coastwatch: it is shown once; change it, or set COASTWATCH_ADMIN_PASSWORD before the first start");
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
