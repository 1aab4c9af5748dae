package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The order that set a unit's readiness level: appended, never changed; the unit's level at a moment is
 * the order in effect then (the latest {@code effectiveAt} not after it). Instants are kept to the
 * millisecond. Immutable.
 *
 * @param unitId      the unit it applies to
 * @param level       the level it sets
 * @param order       the order's reference as written on it ({@code Lệnh số 15/ML-BCH}), never blank
 * @param reason      why (a storm warning, a visit, a campaign), or {@code null}
 * @param effectiveAt when the level takes effect
 * @param setBy       the account that recorded it
 * @param recordedAt  when it was recorded
 */
public record ReadinessOrder(String unitId, ReadinessLevel level, String order, String reason, Instant effectiveAt,
        String setBy, Instant recordedAt) {

    public ReadinessOrder {
        Ids.require("unit", unitId);
        Objects.requireNonNull(level, "level");
        if (order == null || order.isBlank()) {
            throw new IllegalArgumentException("a readiness level is set by an order");
        }
        effectiveAt = effectiveAt.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(setBy, "setBy");
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
