package io.coastwatch.server.security;

import io.coastwatch.server.security.LoginRefused.Reason;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password (and the second factor's code, when the account has one), guarded:
 * an account or address that failed too often is refused before any hashing ({@link LoginThrottle}); at
 * most {@code concurrent-hashes} password hashes run at once, others wait up to {@code hash-wait} and are
 * then refused (so a flood of bogus credentials costs the server a bounded share of its cores, and the
 * API stays fast); an unknown account costs the same hash as a known one. The hashes run on platform
 * threads of their own, never on the request's virtual thread: a CPU-bound hash there would hold one of
 * the few carrier threads (one per core) that every other request needs, and two of them stall the whole
 * API of a 2-core server. Every outcome is in the
 * {@link SecurityLog}. Thread-safe.
 */
final class PasswordLogin {
    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final Semaphore hashing;
    private final ExecutorService hashers;
    private final SecurityProperties settings;
    private final Totp totp;
    private final String unknownAccountHash;
    /** The last TOTP step each account used, so that a code is never taken twice. */
    private final Map<String, Long> lastSteps = new ConcurrentHashMap<>();

    PasswordLogin(AccountStore accounts, PasswordEncoder encoder, LoginThrottle throttle, SecurityProperties settings,
            Totp totp) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.settings = settings;
        this.totp = totp;
        this.hashing = new Semaphore(settings.concurrentHashes(), true);
        this.hashers = Executors.newFixedThreadPool(settings.concurrentHashes(),
                Thread.ofPlatform().daemon().name("password-hash-", 0).factory());
        this.unknownAccountHash = encoder.encode("an account that does not exist");
    }

    /**
     * The user {@code username} signs in as with {@code password} and, for an account with a second
     * factor, {@code code}.
     *
     * @param address the client's address (for the throttle and the log)
     * @throws LoginRefused why not
     */
    CoastwatchUser authenticate(String username, String password, String code, String address,
            CoastwatchUser.Via via) {
        Optional<java.time.Duration> wait = throttle.wait(username, address);
        if (wait.isPresent()) {
            SecurityLog.failed(username, address, via.slug(), Reason.THROTTLED.slug());
            throw new LoginRefused(Reason.THROTTLED, wait.get());
        }
        Optional<Account> found = accounts.find(username);
        boolean matches = hashed(password, found.filter(Account::hasPassword).map(Account::passwordHash)
                .orElse(unknownAccountHash), username, address, via);
        if (!matches || found.isEmpty() || !found.get().hasPassword() || !found.get().enabled()) {
            throttle.failed(username, address);
            SecurityLog.failed(username, address, via.slug(), found.isPresent() && matches ? "disabled" : "bad-credentials");
            throw new LoginRefused(Reason.BAD_CREDENTIALS);
        }
        Account account = found.get();
        if (account.totpSecret() != null) {
            checkSecondFactor(account, code, address, via);
        }
        throttle.succeeded(username);
        SecurityLog.succeeded(username, address, via);
        return new CoastwatchUser(account.username(), account.personId(), account.assignments(), via, null);
    }

    /** Whether {@code password} is {@code account}'s (one bounded hash, as a log-in). */
    boolean matches(Account account, String password) {
        return hashed(password, account.passwordHash(), account.username(), "-", CoastwatchUser.Via.SESSION);
    }

    /** Whether {@code code} is the current TOTP code of {@code account} (and not one used already); records its use. */
    boolean secondFactor(Account account, String code) {
        OptionalLong step = totp.verify(account.totpSecret(), code, lastSteps.getOrDefault(account.username(), -1L));
        step.ifPresent(used -> lastSteps.merge(account.username(), used, Math::max));
        return step.isPresent();
    }

    private void checkSecondFactor(Account account, String code, String address, CoastwatchUser.Via via) {
        if (via == CoastwatchUser.Via.BASIC || code == null || code.isBlank()) {
            SecurityLog.failed(account.username(), address, via.slug(), Reason.SECOND_FACTOR_REQUIRED.slug());
            throw new LoginRefused(Reason.SECOND_FACTOR_REQUIRED);
        }
        if (!secondFactor(account, code.strip())) {
            throttle.failed(account.username(), address);
            SecurityLog.failed(account.username(), address, via.slug(), Reason.SECOND_FACTOR_WRONG.slug());
            throw new LoginRefused(Reason.SECOND_FACTOR_WRONG);
        }
    }

    private boolean hashed(String password, String hash, String username, String address, CoastwatchUser.Via via) {
        try {
            if (!hashing.tryAcquire(settings.hashWait().toMillis(), TimeUnit.MILLISECONDS)) {
                SecurityLog.failed(username, address, via.slug(), Reason.BUSY.slug());
                throw new LoginRefused(Reason.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginRefused(Reason.BUSY);
        }
        try {
            return password != null && password.length() <= PasswordPolicy.MAX_LENGTH
                    && hashers.submit(() -> encoder.matches(password, hash)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginRefused(Reason.BUSY);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the password hash failed", e.getCause());
        } finally {
            hashing.release();
        }
    }
}
