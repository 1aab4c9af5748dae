package io.coastwatch.operations.readiness;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The readiness orders and the resources' status changes (port; the store implements it on SQLite and
 * PostgreSQL). Both are appended, never changed. Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface ReadinessRepository {

    /**
     * Appends a readiness order.
     *
     * @throws io.coastwatch.operations.common.StateConflict when the unit has an order effective at the same instant
     */
    void append(ReadinessOrder order);

    /** The unit's orders by the time they take effect, oldest first. */
    List<ReadinessOrder> orders(String unitId);

    /** The order in effect at {@code at} (the latest effective then) for each unit that has one. */
    Map<String, ReadinessOrder> ordersAt(Instant at);

    /**
     * Appends a status change.
     *
     * @throws io.coastwatch.operations.common.StateConflict when the resource has a change taking effect at the same instant
     */
    void append(StatusChange change);

    /** The resource's timeline: every change it has. */
    StatusTimeline timeline(String resourceId);

    /**
     * The timelines of {@code resourceIds} cut to [{@code start}, {@code end}): the change in effect at
     * {@code start} and those that take effect before {@code end}, by resource id (a resource with none is
     * absent). Enough to say each one's status and hours over that period.
     */
    Map<String, StatusTimeline> timelines(Collection<String> resourceIds, Instant start, Instant end);
}
