package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.Plan;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Finds when a scripted behaviour really happened, from the logged true track(s): the span from the
 * step before the first to the step after the last logged step within a window where a condition
 * holds (it began and ended between steps). Stateless.
 */
public final class GroundTruth {
    private GroundTruth() {
    }

    /** The span within {@code window} where {@code condition} holds on {@code vessel}'s track, or null. */
    public static TimeWindow span(Vessel vessel, TimeWindow window, Predicate<TrackPoint> condition) {
        long first = Long.MIN_VALUE;
        long last = Long.MIN_VALUE;
        for (TrackPoint point : vessel.track()) {
            if (window.contains(point.timeMillis()) && condition.test(point)) {
                if (first == Long.MIN_VALUE) {
                    first = point.timeMillis();
                }
                last = point.timeMillis();
            }
        }
        return first == Long.MIN_VALUE ? null : new TimeWindow(onset(first, window), last + Plan.STEP_MILLIS);
    }

    /** The span where {@code condition} holds on the steps two vessels share (same grid times), or null. */
    public static TimeWindow span(Vessel a, Vessel b, TimeWindow window, BiPredicate<TrackPoint, TrackPoint> condition) {
        List<TrackPoint> trackA = a.track();
        List<TrackPoint> trackB = b.track();
        long first = Long.MIN_VALUE;
        long last = Long.MIN_VALUE;
        int j = 0;
        for (TrackPoint p : trackA) {
            while (j < trackB.size() && trackB.get(j).timeMillis() < p.timeMillis()) {
                j++;
            }
            if (j < trackB.size() && trackB.get(j).timeMillis() == p.timeMillis() && window.contains(p.timeMillis())
                    && condition.test(p, trackB.get(j))) {
                if (first == Long.MIN_VALUE) {
                    first = p.timeMillis();
                }
                last = p.timeMillis();
            }
        }
        return first == Long.MIN_VALUE ? null : new TimeWindow(onset(first, window), last + Plan.STEP_MILLIS);
    }

    /**
     * When the condition began: after the last logged step where it did not hold, so the step before
     * the first where it holds (a report between two steps may show it first), within the window.
     */
    private static long onset(long firstMillis, TimeWindow window) {
        return Math.max(window.startMillis(), firstMillis - Plan.STEP_MILLIS);
    }

    /** Distance in metres between two logged steps. */
    public static double distanceMetres(TrackPoint a, TrackPoint b) {
        return Geo.distanceMetres(a.position(), b.position());
    }
}
