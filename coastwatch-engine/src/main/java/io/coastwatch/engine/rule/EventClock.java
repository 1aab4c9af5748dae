package io.coastwatch.engine.rule;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The event clock the rules' timers run on ({@link Rule#onClock}): the latest event time seen, made robust so
 * that no single report moves it far ({@code docs/architecture.md}, "Event time"). Rules built on it (dark
 * vessel, VMS loss, encounters ending …) would otherwise fire on every vessel at once, then fall silent until
 * the feed caught up, when one report came stamped days ahead.
 * <ul>
 *   <li>An event at most {@code maxLead} (3 h) ahead of the clock moves it there; an earlier one (a late
 *       report) does not move it.</li>
 *   <li>An event further ahead is a <em>claim</em> of its vessel: it does not move the clock, and the rules do
 *       not see it ({@link #observe} says so). The clock jumps only once a second vessel claims a time within the
 *       lead of it, and then to the earlier of the two: after an outage of the feed every vessel resumes at the
 *       new time; one vessel's report stamped ahead stays alone.</li>
 *   <li>When live (a wall clock is given) no event stamped more than {@code maxAheadOfWall} (10 min) after the
 *       wall clock's time moves it or claims anything: a whole source ahead of the wall clock cannot move it either. A replay of a
 *       log (no wall clock) follows the log's own times by the same rules, so it gives the live alerts.</li>
 * </ul>
 * Each minute of event time passed is a tick ({@code onTick}): at most a day's worth of minutes at once, then
 * one tick at the new time. Not thread-safe: the pipeline's writer thread only.
 */
public final class EventClock {
    /**
     * How far ahead of the clock one vessel's event may move it: 3 h, more than the 2 h between the VMS reports
     * of a vessel that may be the only one reporting, less than the shortest silence a rule alerts on (6 h).
     */
    public static final Duration DEFAULT_MAX_LEAD = Duration.ofHours(3);
    /** When live, how far after the wall clock's time an event may be and still move the clock: 10 min. */
    public static final Duration DEFAULT_MAX_AHEAD_OF_WALL = Duration.ofMinutes(10);
    private static final long MINUTE_MILLIS = 60_000;
    /** Most ticks after a gap in event time before the clock jumps to the new time. */
    private static final int MAX_TICKS = 24 * 60;
    /** The claims kept, one per vessel, the oldest given up first. */
    private static final int MAX_CLAIMS = 16;

    private final long maxLeadMillis;
    private final Clock wall;
    private final long maxAheadOfWallMillis;
    private final LongConsumer onTick;
    private final long[] claimVessels = new long[MAX_CLAIMS];
    private final long[] claimMillis = new long[MAX_CLAIMS];
    private int claims;
    private long nowMillis = Long.MIN_VALUE;
    private long nextTickMillis = Long.MIN_VALUE;
    private long heldBack;

    /**
     * How the clock is bounded.
     *
     * @param maxLead how far ahead of the clock one vessel's event may move it; positive
     * @param wall the wall clock when live (events are bounded by it), {@code null} when replaying
     * @param maxAheadOfWall when live, how far after the wall clock's time an event may be and still move the
     *     clock (the demo's simulated time runs ahead of the wall clock by its length); positive
     */
    public record Bounds(Duration maxLead, Clock wall, Duration maxAheadOfWall) {
        /** Replaying (no wall clock), with the default lead. */
        public static final Bounds REPLAY = new Bounds(DEFAULT_MAX_LEAD, null, DEFAULT_MAX_AHEAD_OF_WALL);

        public Bounds {
            positive(maxLead, "the clock's lead");
            positive(maxAheadOfWall, "the lead over the wall clock");
        }

        /** Live: bounded by {@code wall} as well, events at most {@code maxAheadOfWall} after it. */
        public static Bounds live(Clock wall, Duration maxAheadOfWall) {
            return new Bounds(DEFAULT_MAX_LEAD, Objects.requireNonNull(wall, "wall"), maxAheadOfWall);
        }

        private static void positive(Duration duration, String what) {
            Objects.requireNonNull(duration, what);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + duration);
            }
        }
    }

    /**
     * @param bounds how far an event may move the clock
     * @param onTick called with each tick's time, in order
     */
    public EventClock(Bounds bounds, LongConsumer onTick) {
        this.maxLeadMillis = bounds.maxLead().toMillis();
        this.wall = bounds.wall();
        this.maxAheadOfWallMillis = bounds.maxAheadOfWall().toMillis();
        this.onTick = Objects.requireNonNull(onTick, "onTick");
    }

    /** The clock's time, UNIX ms; {@link Long#MIN_VALUE} before the first event. */
    public long nowMillis() {
        return nowMillis;
    }

    /** How many events were held back as too far ahead (of the clock, or of the wall clock). */
    public long heldBack() {
        return heldBack;
    }

    /**
     * Takes in the event time of a report about {@code vesselId}, moving the clock when it may (its ticks run
     * at {@link #catchUp}).
     *
     * @return whether the report is within the clock's reach, so that the rules may see it: false when it is
     *     stamped too far ahead (held back)
     */
    public boolean observe(long vesselId, long eventMillis) {
        if (wall != null && eventMillis > wall.millis() + maxAheadOfWallMillis) {
            heldBack++;
            return false;
        }
        if (nowMillis == Long.MIN_VALUE || eventMillis <= nowMillis + maxLeadMillis) {
            advance(eventMillis);
            return true;
        }
        long corroborated = claimOfAnotherNear(vesselId, eventMillis);
        if (corroborated != Long.MIN_VALUE) {
            advance(Math.min(corroborated, eventMillis));
            dropClaimsWithinReach();
            if (eventMillis <= nowMillis + maxLeadMillis) {
                return true;
            }
        }
        claim(vesselId, eventMillis);
        heldBack++;
        return false;
    }

    /**
     * Takes in a fix restored or replayed at a restart, trusted up to {@code ceilingMillis} (the latest restored
     * fix the clock would have taken): moves the clock to it, or holds it back when it is later.
     *
     * @return whether the fix is within the ceiling
     */
    public boolean observeRestored(long eventMillis, long ceilingMillis) {
        if (eventMillis > ceilingMillis) {
            heldBack++;
            return false;
        }
        advance(eventMillis);
        return true;
    }

    private void advance(long eventMillis) {
        nowMillis = Math.max(nowMillis, eventMillis);
    }

    /**
     * Runs the ticks of the minutes the clock has passed since the last call (the engine calls it after the
     * rules have seen the report that moved the clock).
     */
    public void catchUp() {
        if (nowMillis == Long.MIN_VALUE) {
            return;
        }
        if (nextTickMillis == Long.MIN_VALUE) {
            nextTickMillis = Math.floorDiv(nowMillis, MINUTE_MILLIS) * MINUTE_MILLIS + MINUTE_MILLIS;
            return;
        }
        int ticks = 0;
        while (nextTickMillis <= nowMillis && ticks++ < MAX_TICKS) {
            onTick.accept(nextTickMillis);
            nextTickMillis += MINUTE_MILLIS;
        }
        if (nextTickMillis <= nowMillis) {
            onTick.accept(nowMillis);
            nextTickMillis = Math.floorDiv(nowMillis, MINUTE_MILLIS) * MINUTE_MILLIS + MINUTE_MILLIS;
        }
    }

    /**
     * The latest time claimed by a vessel other than {@code vesselId} within the lead of {@code eventMillis}, or
     * {@link Long#MIN_VALUE}: two vessels that agree on a time ahead.
     */
    private long claimOfAnotherNear(long vesselId, long eventMillis) {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < claims; i++) {
            if (claimVessels[i] != vesselId && Math.abs(claimMillis[i] - eventMillis) <= maxLeadMillis) {
                latest = Math.max(latest, claimMillis[i]);
            }
        }
        return latest;
    }

    private void claim(long vesselId, long eventMillis) {
        for (int i = 0; i < claims; i++) {
            if (claimVessels[i] == vesselId) {
                claimMillis[i] = Math.max(claimMillis[i], eventMillis);
                return;
            }
        }
        if (claims == MAX_CLAIMS) {
            System.arraycopy(claimVessels, 1, claimVessels, 0, MAX_CLAIMS - 1);
            System.arraycopy(claimMillis, 1, claimMillis, 0, MAX_CLAIMS - 1);
            claims--;
        }
        claimVessels[claims] = vesselId;
        claimMillis[claims] = eventMillis;
        claims++;
    }

    private void dropClaimsWithinReach() {
        int kept = 0;
        for (int i = 0; i < claims; i++) {
            if (claimMillis[i] > nowMillis + maxLeadMillis) {
                claimVessels[kept] = claimVessels[i];
                claimMillis[kept] = claimMillis[i];
                kept++;
            }
        }
        claims = kept;
    }
}
