package io.coastwatch.engine.rule;

import io.coastwatch.engine.track.PositionFix;

/**
 * One rule instance of docs/rules.md at work: it judges the fixes of the vessels its definition selects
 * and reports, through {@link Detections}, when its condition holds and when it ends.
 *
 * <p>Called on the engine's writer thread only, in event-time order; a rule keeps whatever state it
 * needs (timers, pairs) in its own fields, keyed by vessel id, and may keep references to
 * {@link VesselState}s (they live as long as the vessel is known). Rules never read the wall clock:
 * time is the fixes' event time and {@link #onClock}'s, so a replayed log gives the same alerts.
 */
public interface Rule {

    /** The instance's definition: id, type, parameters, scope. */
    RuleDefinition definition();

    /**
     * A fix of a vessel the definition's scope selects. The vessel's state already includes it:
     * {@link VesselState#lastFix()} is this fix when it is plausible.
     */
    void onFix(VesselState vessel, PositionFix fix, Detections out);

    /**
     * Event time has advanced to {@code nowMillis} (the latest event time seen by the engine). Called
     * at least once per minute of event time; rules with timers (dark vessel, VMS loss, overdue,
     * dwell) fire from here.
     */
    default void onClock(long nowMillis, Detections out) {
    }

    /**
     * The vessel was restored at start from its saved state and its last plausible fix
     * ({@link VesselState#lastFix()}) is older than the warm-up window, so the rule saw none of its fixes
     * again (those in the window come to {@link #onFix}): a rule with timers (dark vessel, VMS loss) watches
     * it again, as if that fix had just come. Other rules leave it (no zone is "entered" by a restart). The
     * default does nothing.
     */
    default void onRestore(VesselState vessel, Detections out) {
    }
}
