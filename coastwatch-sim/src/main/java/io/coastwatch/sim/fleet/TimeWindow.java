package io.coastwatch.sim.fleet;

/**
 * A half-open interval of simulated time [start, end) in UNIX milliseconds. Immutable.
 */
public record TimeWindow(long startMillis, long endMillis) {

    public TimeWindow {
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("window ends before it starts");
        }
    }

    public boolean contains(long timeMillis) {
        return timeMillis >= startMillis && timeMillis < endMillis;
    }
}
