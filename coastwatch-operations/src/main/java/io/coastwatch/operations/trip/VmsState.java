package io.coastwatch.operations.trip;

import java.time.Instant;

/**
 * What a departure check knows of a vessel's VMS when it is declared. Immutable.
 *
 * @param lastFix when one of its devices last reported, or {@code null} when none ever did
 * @param openOutage whether a VMS outage follow-up of the vessel is open
 */
public record VmsState(Instant lastFix, boolean openOutage) {

    /** A vessel whose devices never reported and has no open outage. */
    public static final VmsState NEVER_SEEN = new VmsState(null, false);
}
