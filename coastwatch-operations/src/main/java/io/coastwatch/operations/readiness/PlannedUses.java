package io.coastwatch.operations.readiness;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where the resources' planned uses come from (port): the missions, which plan boats over periods.
 * Thread-safe.
 */
@FunctionalInterface
public interface PlannedUses {

    /** The commitments of {@code resourceIds} that share some time with [{@code start}, {@code end}). */
    List<Commitment> overlapping(Collection<String> resourceIds, Instant start, Instant end);
}
