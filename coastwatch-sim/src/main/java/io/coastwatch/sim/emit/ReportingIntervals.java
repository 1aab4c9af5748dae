package io.coastwatch.sim.emit;

import io.coastwatch.sim.motion.SimVesselState;

/**
 * Reporting intervals of ITU-R M.1371-5 Annex 1 §4.2.1 (Tables 1 and 2). Stateless.
 *
 * <p>Class A: at anchor or moored and not faster than 3 kn, 3 min; 0–14 kn, 10 s (3⅓ s while
 * changing course); 14–23 kn, 6 s (2 s while changing course); over 23 kn, 2 s. Class B "CS":
 * 3 min at 2 kn or less, 30 s faster. Static data (message 5, message 24 A and B): 6 min. Base
 * station (message 4): 10 s. Aid to navigation (message 21): 3 min.
 */
public final class ReportingIntervals {
    /** Static and voyage data, message 5 and message 24: every 6 min. */
    public static final long STATIC_MILLIS = 360_000;
    /** Base station report, message 4: every 10 s. */
    public static final long BASE_STATION_MILLIS = 10_000;
    /** Aid to navigation report, message 21: every 3 min. */
    public static final long AID_TO_NAVIGATION_MILLIS = 180_000;
    /** Rate of turn above which a vessel counts as changing course, degrees per minute. */
    public static final double CHANGING_COURSE_DEGREES_PER_MINUTE = 10;
    /**
     * Speed below which course changes do not count: a transponder judges them by heading, and the
     * course over ground of a boat drifting at a knot or two wanders without any helm put over.
     */
    public static final double CHANGING_COURSE_MIN_KNOTS = 3;

    private ReportingIntervals() {
    }

    /** True when the vessel is changing course in the sense of Table 1 (turning at 10°/min or more, at 3 kn or more). */
    public static boolean changingCourse(SimVesselState state) {
        return Math.abs(state.rateOfTurnDegreesPerMinute()) >= CHANGING_COURSE_DEGREES_PER_MINUTE
                && state.speedKnots() >= CHANGING_COURSE_MIN_KNOTS;
    }

    /** Interval to the next Class A position report, in milliseconds. */
    public static long classAMillis(SimVesselState state) {
        double speed = state.speedKnots();
        int status = state.navigationStatus();
        if ((status == SimVesselState.AT_ANCHOR || status == SimVesselState.MOORED) && speed <= 3) {
            return 180_000;
        }
        boolean turning = changingCourse(state);
        if (speed > 23) {
            return 2_000;
        }
        if (speed > 14) {
            return turning ? 2_000 : 6_000;
        }
        return turning ? 3_333 : 10_000;
    }

    /** Interval to the next Class B "CS" position report, in milliseconds. */
    public static long classBMillis(SimVesselState state) {
        return state.speedKnots() > 2 ? 30_000 : 180_000;
    }
}
