package io.coastwatch.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event clock: moved by the reports, never far by one vessel's, nor beyond the wall clock when live. */
class EventClockTest {
    private static final long T0 = Instant.parse("2026-06-28T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long DAY = 24 * 60 * MINUTE;

    private final List<Long> ticks = new ArrayList<>();

    private EventClock replaying() {
        return new EventClock(EventClock.Bounds.REPLAY, ticks::add);
    }

    @Test
    void reportsMoveTheClockAndEachMinutePassedIsATick() {
        EventClock clock = replaying();
        assertTrue(clock.observe(1, T0 + 30_000));
        clock.catchUp();
        for (long t = T0 + MINUTE; t <= T0 + 5 * MINUTE; t += MINUTE) {
            assertTrue(clock.observe(1, t + 30_000));
            clock.catchUp();
        }
        assertEquals(List.of(T0 + MINUTE, T0 + 2 * MINUTE, T0 + 3 * MINUTE, T0 + 4 * MINUTE, T0 + 5 * MINUTE), ticks);
        assertTrue(clock.observe(2, T0), "a late report is seen, and moves nothing");
        assertEquals(T0 + 5 * MINUTE + 30_000, clock.nowMillis());
    }

    @Test
    void oneVesselsReportDaysAheadIsHeldBackAndMovesNothing() {
        EventClock clock = replaying();
        clock.observe(1, T0);
        assertFalse(clock.observe(7, T0 + 30 * DAY), "30 days ahead");
        assertFalse(clock.observe(7, T0 + 30 * DAY + MINUTE), "nor a second report of the same vessel");
        assertEquals(T0, clock.nowMillis());
        assertEquals(2, clock.heldBack());
        for (long t = T0 + MINUTE; t <= T0 + 60 * MINUTE; t += MINUTE) {
            assertTrue(clock.observe(t % 2 == 0 ? 1 : 2, t));
        }
        assertEquals(T0 + 60 * MINUTE, clock.nowMillis(), "the live feed goes on moving it");
    }

    @Test
    void afterAnOutageOfMoreThanThreeHoursTheClockJumpsOnceASecondVesselIsThereToo() {
        EventClock clock = replaying();
        clock.observe(1, T0);
        clock.catchUp();
        clock.observe(9, T0 + 30 * DAY);          // an outlier, still held
        assertFalse(clock.observe(1, T0 + 5 * 60 * MINUTE), "the first report after five hours of silence waits");
        assertEquals(T0, clock.nowMillis());
        assertTrue(clock.observe(2, T0 + 5 * 60 * MINUTE + MINUTE), "a second vessel confirms the new time");
        assertEquals(T0 + 5 * 60 * MINUTE, clock.nowMillis(), "to the earlier of the two, not to the outlier's time");
        clock.catchUp();
        assertEquals(T0 + 5 * 60 * MINUTE, ticks.getLast(), "every minute of the five hours ticked");
        assertEquals(5 * 60, ticks.size());
    }

    @Test
    void whenLiveNothingAheadOfTheWallClockMovesIt() {
        Clock wall = Clock.fixed(Instant.ofEpochMilli(T0 + 60 * MINUTE), ZoneOffset.UTC);
        EventClock clock = new EventClock(EventClock.Bounds.live(wall, Duration.ofMinutes(10)), ticks::add);
        assertTrue(clock.observe(1, T0));
        for (long vessel = 10; vessel < 20; vessel++) {
            assertFalse(clock.observe(vessel, T0 + 2 * DAY), "a whole source a day ahead of the wall clock");
        }
        assertEquals(T0, clock.nowMillis());
        assertTrue(clock.observe(1, T0 + 65 * MINUTE), "within 10 min of the wall clock");
        assertEquals(T0 + 65 * MINUTE, clock.nowMillis());
    }

    @Test
    void theLeadMustBePositive() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EventClock.Bounds(Duration.ZERO, null, Duration.ofMinutes(10)));
    }
}
