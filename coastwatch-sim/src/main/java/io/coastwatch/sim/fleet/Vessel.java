package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.Plan;
import io.coastwatch.sim.motion.SimVesselState;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One simulated vessel (or, for an identity conflict, one extra transmitter): its identity, true
 * state and plan, and what scripted events do to its reports. Its state moves only forward, on
 * demand ({@link #advanceTo}); a logged vessel keeps its true track for the ground truth.
 * Not thread-safe: owned by the simulation thread.
 */
public final class Vessel {
    private final int index;
    private final Identity identity;
    private final SimVesselState state;
    private final Plan plan;
    private final RandomGenerator random;
    private final TimeWindow present;
    private final List<TimeWindow> aisOff = new ArrayList<>();
    private final List<TimeWindow> vmsOff = new ArrayList<>();
    private final List<Spoof> spoofs = new ArrayList<>();
    private final List<PortCall> portCalls = new ArrayList<>();
    private final List<TrackPoint> track;
    private boolean nextChannelB;

    /**
     * @param index position in the fleet: orders vessels whose reports fall at the same instant
     * @param present when the vessel is in the simulation (a lane ship passes through; a fishing
     *     boat is there all along)
     * @param logged whether to keep its true track (vessels of scripted events)
     */
    public Vessel(int index, Identity identity, SimVesselState state, Plan plan, RandomGenerator random,
            TimeWindow present, boolean logged) {
        this.index = index;
        this.identity = identity;
        this.state = state;
        this.plan = plan;
        this.random = random;
        this.present = present;
        this.track = logged ? new ArrayList<>() : null;
    }

    public int index() {
        return index;
    }

    public Identity identity() {
        return identity;
    }

    /** The true state, as of the last {@link #advanceTo}. */
    public SimVesselState state() {
        return state;
    }

    public RandomGenerator random() {
        return random;
    }

    public TimeWindow present() {
        return present;
    }

    /** Moves the vessel's true state to {@code timeMillis}, logging the steps of a logged vessel. */
    public void advanceTo(long timeMillis) {
        plan.advanceTo(state, timeMillis, track == null ? null : s -> track.add(
                new TrackPoint(s.timeMillis(), s.position(), s.speedKnots(), s.courseDegrees(), s.navigationStatus())));
    }

    /** True when the vessel has left the simulation for good (a lane ship past the end of the lane). */
    public boolean gone(long timeMillis) {
        return timeMillis >= present.endMillis();
    }

    /** Switches the AIS off during {@code window}. */
    public void aisOff(TimeWindow window) {
        aisOff.add(window);
    }

    /** Switches the VMS unit off during {@code window}. */
    public void vmsOff(TimeWindow window) {
        vmsOff.add(window);
    }

    public void spoof(Spoof spoof) {
        spoofs.add(spoof);
    }

    public void addPortCall(PortCall call) {
        portCalls.add(call);
    }

    public List<PortCall> portCalls() {
        return List.copyOf(portCalls);
    }

    /** True when the AIS transmits at {@code timeMillis}. */
    public boolean aisOn(long timeMillis) {
        return identity.aisClass() != AisClass.NONE && present.contains(timeMillis) && !within(aisOff, timeMillis);
    }

    /** True when the VMS unit reports at {@code timeMillis}. */
    public boolean vmsOn(long timeMillis) {
        return identity.vmsDeviceId() != null && present.contains(timeMillis) && !within(vmsOff, timeMillis);
    }

    /** The position the transponder reports now: the true one, or a spoofed one. */
    public LonLat reportedPosition() {
        for (Spoof spoof : spoofs) {
            if (spoof.window().contains(state.timeMillis())) {
                return Geo.destination(state.position(), spoof.bearingDegrees(), spoof.offsetMetres());
            }
        }
        return state.position();
    }

    /** Radio channel for the next transmission: alternates A and B, as a transponder does. */
    public char nextChannel() {
        nextChannelB = !nextChannelB;
        return nextChannelB ? 'A' : 'B';
    }

    /** True when the vessel keeps its true track (the vessels of scripted events). */
    public boolean logged() {
        return track != null;
    }

    /** The logged true track (empty for a vessel that is not logged). */
    public List<TrackPoint> track() {
        return track == null ? List.of() : List.copyOf(track);
    }

    private static boolean within(List<TimeWindow> windows, long timeMillis) {
        for (TimeWindow window : windows) {
            if (window.contains(timeMillis)) {
                return true;
            }
        }
        return false;
    }
}
