package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One event of a resource's status timeline: from {@code from} the resource is in {@code status}, until
 * the next change. Appended, never changed (a mistaken status is corrected by a later change). Instants are kept to
 * the millisecond. Immutable.
 *
 * @param resourceId     the resource
 * @param status         its status from then on
 * @param from           when it took effect
 * @param reason         why; required for every status but {@link ResourceStatus#READY}
 * @param expectedReturn when it is expected back to ready, or {@code null}; after {@code from}
 * @param recordedBy     the account that recorded it
 * @param recordedAt     when it was recorded
 */
public record StatusChange(String resourceId, ResourceStatus status, Instant from, String reason,
        Instant expectedReturn, String recordedBy, Instant recordedAt) {

    public StatusChange {
        Ids.require("resource", resourceId);
        Objects.requireNonNull(status, "status");
        from = from.truncatedTo(ChronoUnit.MILLIS);
        if (status != ResourceStatus.READY && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a resource " + status.slug() + " needs a reason");
        }
        expectedReturn = expectedReturn == null ? null : expectedReturn.truncatedTo(ChronoUnit.MILLIS);
        if (expectedReturn != null && !expectedReturn.isAfter(from)) {
            throw new IllegalArgumentException("the expected return must be after the change: " + expectedReturn);
        }
        Objects.requireNonNull(recordedBy, "recordedBy");
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
