package io.coastwatch.operations.indicator;

import java.util.Objects;

/** An amount in a count unit: {@code 12480} times, {@code 14.5} minutes. Immutable. */
public record Quantity(CountUnit unit, double value) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a quantity is a finite number: " + value);
        }
    }
}
