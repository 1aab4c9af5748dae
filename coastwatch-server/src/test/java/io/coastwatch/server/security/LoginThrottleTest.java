package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LoginThrottle}: free attempts, then a doubling wait per account and per address, up to the longest. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties.Lockout(3, 5, Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofMinutes(15)), clock);

    @Test
    void anAccountWaitsLongerAfterEachFailurePastItsFreeAttempts() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), throttle.wait("tram-truong", "10.0.0.1"), "free attempts and the first failure past them");
            throttle.failed("tram-truong", "10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.wait("tram-truong", "10.0.0.2"), "from any address");
        assertEquals(Optional.empty(), throttle.wait("chi-huy", "10.0.0.2"), "other accounts are not held");
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("tram-truong", "10.0.0.3");
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.wait("tram-truong", "10.0.0.3"));
        for (int i = 0; i < 5; i++) {
            throttle.failed("tram-truong", "10.0.0.4");
        }
        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.wait("tram-truong", "10.0.0.4"), "at most the longest");
        throttle.succeeded("tram-truong");
        assertEquals(Optional.empty(), throttle.wait("tram-truong", "10.0.0.3"), "a success clears the account");
    }

    @Test
    void anAddressThatTriesManyAccountsIsHeldWhateverTheAccount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("guess-" + i, "192.0.2.9");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.wait("another-guess", "192.0.2.9"));
        assertEquals(Optional.empty(), throttle.wait("another-guess", "192.0.2.10"));
        throttle.succeeded("guess-0");
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.wait("another-guess", "192.0.2.9"),
                "an address keeps its count");
    }

    @Test
    void badTokensHoldTheirAddressOnlyNeverEveryTokenOfEveryone() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(null, "192.0.2.20");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.wait(null, "192.0.2.20"));
        assertEquals(Optional.empty(), throttle.wait(null, "192.0.2.21"), "other addresses' tokens still work");
        assertEquals(Optional.empty(), throttle.wait("", "192.0.2.21"));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-06-28T03:15:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
