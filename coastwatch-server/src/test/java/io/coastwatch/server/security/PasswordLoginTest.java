package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.account.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@link PasswordLogin} on a real store: at most {@code concurrent-hashes} password hashes run at once
 * (others wait, then are refused as busy, without hashing), and a throttled account is refused without
 * hashing at all.
 */
class PasswordLoginTest {
    @TempDir
    Path directory;

    private Database database;
    private final GatedEncoder encoder = new GatedEncoder();

    @BeforeEach
    void store() {
        database = Database.open(new StoreSettings("jdbc:sqlite:" + directory.resolve("coastwatch.db"), null, null,
                Duration.ZERO));
        database.accounts().create(Account.local("tram-truong", "{gated}right",
                List.of(RoleAssignment.in(Role.STATION_OFFICER, "don-ca-na")), 0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PasswordLogin login(String... settings) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        for (int i = 0; i + 1 < settings.length; i += 2) {
            source.put("coastwatch.security." + settings[i], settings[i + 1]);
        }
        SecurityProperties properties = new Binder(source).bindOrCreate("coastwatch.security", SecurityProperties.class);
        return new PasswordLogin(database.accounts(), encoder, new LoginThrottle(properties.lockout(), Clock.systemUTC()),
                properties, new Totp(Clock.systemUTC()));
    }

    @Test
    void atMostTheConfiguredHashesRunAtOnceAndTheRestAreRefusedAsBusy() throws Exception {
        PasswordLogin login = login("concurrent-hashes", "2", "hash-wait", "200ms", "lockout.address-attempts", "1000",
                "lockout.account-attempts", "1000");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String username = "guess-" + i;
                answers.add(clients.submit(() -> outcome(() -> login.authenticate(username, "bogus", null, "192.0.2.1",
                        CoastwatchUser.Via.BASIC))));
            }
            assertTrue(encoder.twoStarted.await(10, TimeUnit.SECONDS), "two hashes started");
            Thread.sleep(600); // longer than hash-wait: the 14 others give up
            assertEquals(2, encoder.running.get(), "never more than two at once");
            encoder.open.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, outcomes.stream().filter("bad-credentials"::equals).count(), outcomes.toString());
            assertEquals(14, outcomes.stream().filter("busy"::equals).count(), outcomes.toString());
            assertEquals(2, encoder.maxRunning.get());
        } finally {
            encoder.open.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void aThrottledAccountIsRefusedBeforeAnyHashing() {
        encoder.open.countDown();
        PasswordLogin login = login("lockout.account-attempts", "2", "lockout.initial-delay", "1h",
                "lockout.max-delay", "2h");
        for (int i = 0; i < 3; i++) {
            assertEquals("bad-credentials", outcome(() -> login.authenticate("tram-truong", "wrong", null, "192.0.2.2",
                    CoastwatchUser.Via.SESSION)));
        }
        int hashedBefore = encoder.calls.get();
        LoginRefused refused = assertThrows(LoginRefused.class, () -> login.authenticate("tram-truong", "right", null,
                "192.0.2.3", CoastwatchUser.Via.SESSION));
        assertEquals(LoginRefused.Reason.THROTTLED, refused.reason());
        assertTrue(refused.retryAfter().compareTo(Duration.ofMinutes(59)) > 0, refused.retryAfter().toString());
        assertEquals(hashedBefore, encoder.calls.get(), "no hash for a throttled attempt");
        assertEquals(LoginRefused.Reason.THROTTLED, assertThrows(LoginRefused.class, () -> login.authenticate(
                "tram-truong", "right", null, "198.51.100.7", CoastwatchUser.Via.BASIC)).reason(), "from any address");
    }

    private static String outcome(java.util.function.Supplier<CoastwatchUser> attempt) {
        try {
            return attempt.get().username();
        } catch (LoginRefused refused) {
            return refused.reason().slug();
        }
    }

    /** Hashes as {@code {gated}password}, each {@code matches} held until {@link #open} opens. */
    private static final class GatedEncoder implements PasswordEncoder {
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch twoStarted = new CountDownLatch(2);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "{gated}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            calls.incrementAndGet();
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            twoStarted.countDown();
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encode(raw).equals(encoded);
        }
    }
}
