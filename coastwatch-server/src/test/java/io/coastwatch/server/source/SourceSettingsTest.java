package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSettingsTest {

    private static SourceSettings backoff(Duration initial, Duration max) {
        SourceSettings defaults = SourceSettings.defaults();
        return new SourceSettings(initial, max, defaults.idleTimeout(), defaults.maxConnectionsPerListener(),
                defaults.maxConnectionsPerPeer(), defaults.allowedPeers(), defaults.queueShare(), defaults.maxAhead(),
                List.of());
    }

    @Test
    void theBackoffDoublesAfterEachFailureUpToItsCap() {
        SourceSettings settings = backoff(Duration.ofMillis(100), Duration.ofMillis(400));
        assertEquals(Duration.ofMillis(100), settings.backoff(1));
        assertEquals(Duration.ofMillis(200), settings.backoff(2));
        assertEquals(Duration.ofMillis(400), settings.backoff(3));
        assertEquals(Duration.ofMillis(400), settings.backoff(4));
        assertEquals(Duration.ofMillis(400), settings.backoff(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> settings.backoff(0));
    }

    @Test
    void aCapThatIsNoPowerOfTwoOfTheFirstWaitIsReachedAndKept() {
        SourceSettings settings = backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(32), settings.backoff(6));
        assertEquals(Duration.ofSeconds(60), settings.backoff(7));
        assertEquals(Duration.ofSeconds(60), settings.backoff(1_000));
        assertEquals(Duration.ofDays(365), backoff(Duration.ofNanos(1), Duration.ofDays(365)).backoff(1_000));
        assertEquals(Duration.ZERO, backoff(Duration.ZERO, Duration.ofSeconds(1)).backoff(5));
    }
}
