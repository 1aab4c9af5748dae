package io.coastwatch.engine.pipeline;

import io.coastwatch.engine.track.Plausibility;
import java.util.Map;

/**
 * The pipeline's counters since it was created, for metrics. Immutable; each counter is read on its
 * own, so a set read while the pipeline runs is approximately, not exactly, consistent.
 *
 * @param offered inputs offered (AIS messages and VMS reports), dropped ones included
 * @param dropped inputs dropped because the queue was full or the pipeline closed
 * @param duplicates inputs skipped as the same message heard again within the window
 * @param processed inputs applied to the vessel states
 * @param failures inputs whose processing threw (a store failing), and listener calls that threw; logged
 * @param implausibleByReason position fixes judged implausible, by verdict (every verdict but
 *     {@link Plausibility#PLAUSIBLE} is present)
 * @param queueDepth inputs waiting now
 * @param vessels vessels in the live picture now
 */
public record PipelineStats(
        long offered,
        long dropped,
        long duplicates,
        long processed,
        long failures,
        Map<Plausibility, Long> implausibleByReason,
        int queueDepth,
        int vessels) {

    /** Copies the map. */
    public PipelineStats {
        implausibleByReason = Map.copyOf(implausibleByReason);
    }

    /** Fixes judged implausible for {@code reason}. */
    public long implausible(Plausibility reason) {
        return implausibleByReason.getOrDefault(reason, 0L);
    }
}
