package io.coastwatch.operations.indicator;

import java.util.List;

/**
 * How one family of indicators is computed from the records: a query in code, scoped by unit and
 * period. The figure and its drill-down come from the same query, so that the records listed are the
 * records counted. Each part of the product adds its own computations in its own files (port control
 * its trips, cases theirs) and registers them with {@link Indicators}; the catalogue's
 * {@link Indicator#computation()} names one by its {@link #id()}.
 *
 * <p>Implementations read through their part's ports and are thread-safe.
 */
public interface IndicatorComputation {

    /** The id the catalogue names, kebab-case, e.g. {@code alerts}. */
    String id();

    /**
     * Checks an indicator's {@link Indicator#argument() argument} when the catalogue is loaded.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    void checkArgument(Indicator indicator);

    /** What {@code indicator} comes to in {@code scope} over {@code period}. */
    Measure measure(Indicator indicator, IndicatorScope scope, Period period);

    /**
     * The records {@link #measure} counts, oldest first, at most {@code limit} of them (the measure's
     * {@link Measure#records()} says how many there are in all).
     */
    List<CountedRecord> records(Indicator indicator, IndicatorScope scope, Period period, int limit);
}
