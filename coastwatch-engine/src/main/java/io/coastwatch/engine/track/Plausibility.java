package io.coastwatch.engine.track;

/**
 * Whether a position fix may stand for the vessel's position. Implausible fixes are kept (they are
 * evidence, of spoofing for one) but never become the vessel's position.
 */
public enum Plausibility {
    /** A usable position. */
    PLAUSIBLE,
    /** Latitude or longitude "not available" (91° / 181°) or out of range. */
    NOT_AVAILABLE,
    /** On land, far from any water. */
    ON_LAND,
    /** Reached from the vessel's last plausible position at an implied speed above the limit (50 kn). */
    IMPLAUSIBLE_JUMP
}
