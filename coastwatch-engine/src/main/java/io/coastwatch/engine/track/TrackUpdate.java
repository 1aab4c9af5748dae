package io.coastwatch.engine.track;

/**
 * What applying one message to the vessel states produced, and where the vessel is. Immutable (the
 * place it names is the vessel's, kept by the {@link ZoneStage}).
 *
 * @param fix the position fix the message reported, plausible or not, or {@code null} when it
 *     reported none (static data)
 * @param vessel the vessel's new state, or {@code null} when the message is about no vessel (such
 *     as a binary message, or a VMS report that names no vessel)
 * @param place the vessel's place as the zone stage located it, or {@code null} before the zone stage
 *     (or for a vessel never located)
 */
public record TrackUpdate(PositionFix fix, VesselSnapshot vessel, VesselPlace place) {
    /** Nothing changed. */
    public static final TrackUpdate NONE = new TrackUpdate(null, null, null);

    /** An update the zone stage has not seen yet. */
    public TrackUpdate(PositionFix fix, VesselSnapshot vessel) {
        this(fix, vessel, null);
    }

    /** This update with the vessel's place. */
    public TrackUpdate withPlace(VesselPlace vesselPlace) {
        return new TrackUpdate(fix, vessel, vesselPlace);
    }
}
