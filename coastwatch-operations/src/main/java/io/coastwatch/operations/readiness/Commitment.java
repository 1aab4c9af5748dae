package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Ids;
import java.time.Instant;
import java.util.Objects;

/**
 * A resource planned for a mission over a period, with the crew planned aboard: what the board and the
 * mission planner check for conflicts. Immutable.
 *
 * @param resourceId the resource
 * @param missionId  the mission it is planned for
 * @param start      the planned start
 * @param end        the planned end, after {@code start}
 * @param crewCount  the persons planned aboard
 */
public record Commitment(String resourceId, String missionId, Instant start, Instant end, int crewCount) {

    public Commitment {
        Ids.require("resource", resourceId);
        Ids.require("mission", missionId);
        Objects.requireNonNull(start, "start");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a commitment ends after it starts: " + start + " to " + end);
        }
        if (crewCount < 0) {
            throw new IllegalArgumentException("crew count must not be negative: " + crewCount);
        }
    }

    /** Whether this and {@code other} share some time. */
    public boolean overlaps(Commitment other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
