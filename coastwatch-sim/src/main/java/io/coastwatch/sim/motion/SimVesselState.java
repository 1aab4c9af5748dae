package io.coastwatch.sim.motion;

/**
 * The true kinematic state of one simulated vessel at {@link #timeMillis()}: what its GNSS and
 * compass would say. Mutable; owned by the simulation thread.
 */
public final class SimVesselState {
    /** AIS navigational status: under way using engine. */
    public static final int UNDER_WAY = 0;
    /** AIS navigational status: at anchor. */
    public static final int AT_ANCHOR = 1;
    /** AIS navigational status: moored. */
    public static final int MOORED = 5;
    /** AIS navigational status: engaged in fishing. */
    public static final int FISHING = 7;

    private LonLat position;
    private double speedKnots;
    private double courseDegrees;
    private double rateOfTurnDegreesPerMinute;
    private int navigationStatus = MOORED;
    private long timeMillis;

    public SimVesselState(LonLat position, long timeMillis) {
        this.position = position;
        this.timeMillis = timeMillis;
    }

    public LonLat position() {
        return position;
    }

    public double speedKnots() {
        return speedKnots;
    }

    public double courseDegrees() {
        return courseDegrees;
    }

    /** Course change over the last step, degrees per minute, positive to starboard. */
    public double rateOfTurnDegreesPerMinute() {
        return rateOfTurnDegreesPerMinute;
    }

    public int navigationStatus() {
        return navigationStatus;
    }

    public long timeMillis() {
        return timeMillis;
    }

    /**
     * Moves the vessel to {@code to} over {@code elapsedMillis} with the given reported speed and
     * course; the rate of turn follows from the course change.
     */
    public void move(LonLat to, double speedKnots, double courseDegrees, int navigationStatus, long elapsedMillis) {
        if (elapsedMillis > 0) {
            rateOfTurnDegreesPerMinute = Geo.turnDegrees(this.courseDegrees, courseDegrees) * 60_000.0 / elapsedMillis;
        }
        this.position = to;
        this.speedKnots = speedKnots;
        this.courseDegrees = Geo.normalizeDegrees(courseDegrees);
        this.navigationStatus = navigationStatus;
        this.timeMillis += elapsedMillis;
    }
}
