package io.coastwatch.sim.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A vessel's legs in order, and the clock that runs them: {@link #advanceTo} moves the vessel in
 * steps on a fixed grid of simulated time (so that two vessels' logged steps line up), telling a
 * listener after each. After the last leg the vessel holds where it is. Not thread-safe.
 */
public final class Plan {
    /** Length of one motion step in milliseconds. */
    public static final long STEP_MILLIS = 10_000;

    /** Told the state after each step of the grid. */
    @FunctionalInterface
    public interface StepListener {
        void onStep(SimVesselState state);
    }

    private final List<Leg> legs;
    private final RandomGenerator random;
    private int current;

    public Plan(List<Leg> legs, RandomGenerator random) {
        this.legs = new ArrayList<>(legs);
        this.random = random;
    }

    /** True when every leg has been run. */
    public boolean finished() {
        return current >= legs.size();
    }

    /** Moves {@code state} forward to {@code timeMillis} (nothing when it is not later). */
    public void advanceTo(SimVesselState state, long timeMillis, StepListener listener) {
        while (state.timeMillis() < timeMillis) {
            long gridEnd = Math.floorDiv(state.timeMillis(), STEP_MILLIS) * STEP_MILLIS + STEP_MILLIS;
            long stepEnd = Math.min(timeMillis, gridEnd);
            while (state.timeMillis() < stepEnd) {
                long want = stepEnd - state.timeMillis();
                if (finished()) {
                    state.move(state.position(), 0, state.courseDegrees(), state.navigationStatus(), want);
                    break;
                }
                long used = legs.get(current).advance(state, want, random);
                if (used < want) {
                    current++;
                }
            }
            if (stepEnd == gridEnd && listener != null) {
                listener.onStep(state);
            }
        }
    }
}
