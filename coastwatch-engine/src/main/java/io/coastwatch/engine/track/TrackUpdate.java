package io.coastwatch.engine.track;

/**
 * What applying one message to the vessel states produced. Immutable.
 *
 * @param fix the position fix the message reported, plausible or not, or {@code null} when it
 *     reported none (static data)
 * @param vessel the vessel's new state, or {@code null} when the message is about no vessel (such
 *     as a binary message, or a VMS report that names no vessel)
 */
public record TrackUpdate(PositionFix fix, VesselSnapshot vessel) {
    /** Nothing changed. */
    public static final TrackUpdate NONE = new TrackUpdate(null, null);
}
