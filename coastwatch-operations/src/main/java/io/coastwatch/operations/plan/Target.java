package io.coastwatch.operations.plan;

import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.indicator.Period;
import java.util.Objects;

/**
 * A plan's target (chỉ tiêu kế hoạch): an indicator's value to reach for a unit over a period, in the
 * indicator's primary count unit. Immutable.
 *
 * @param indicatorCode the indicator
 * @param unitId        the unit it is set for (the plan's unit or one below)
 * @param period        the period it is set for, within the plan's
 * @param value         the value, &ge; 0 (0 for an indicator whose only good value is none)
 */
public record Target(String indicatorCode, String unitId, Period period, double value) {
    public Target {
        Ids.require("indicator", indicatorCode);
        Ids.require("unit", unitId);
        Objects.requireNonNull(period, "period");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a target is a number >= 0: " + value);
        }
    }
}
