package io.coastwatch.operations.indicator;

import java.util.List;
import java.util.Optional;

/**
 * What an indicator came to for a unit and a period: one quantity per unit it counts in, in the
 * indicator's order, and how many records it was computed from. A statistic over no records (the
 * median response time of a period with no alert) has no quantity: {@link #empty()}. Immutable.
 *
 * @param quantities the amounts, the primary unit's first; empty when nothing was there to compute from
 * @param records    how many records the figure rests on (what its drill-down lists)
 */
public record Measure(List<Quantity> quantities, long records) {

    public Measure {
        quantities = List.copyOf(quantities);
        if (records < 0) {
            throw new IllegalArgumentException("records < 0: " + records);
        }
    }

    /** One amount. */
    public static Measure of(CountUnit unit, double value, long records) {
        return new Measure(List.of(new Quantity(unit, value)), records);
    }

    /**
     * A count of records in the units {@code units} asks for: {@link CountUnit#TIMES} is how many records
     * ({@code times}), any other unit how many distinct vessels they concern ({@code vessels}).
     */
    public static Measure counted(List<CountUnit> units, long times, int vessels) {
        return new Measure(units.stream().map(unit -> new Quantity(unit, unit == CountUnit.TIMES ? times : vessels))
                .toList(), times);
    }

    /** Whether there is no figure at all (not the same as a count of 0). */
    public boolean empty() {
        return quantities.isEmpty();
    }

    /** The amount in the primary unit, if any. */
    public Optional<Double> primary() {
        return quantities.isEmpty() ? Optional.empty() : Optional.of(quantities.getFirst().value());
    }

    /** The amount in {@code unit}, if the measure has one. */
    public Optional<Double> in(CountUnit unit) {
        return quantities.stream().filter(quantity -> quantity.unit() == unit).map(Quantity::value).findFirst();
    }
}
