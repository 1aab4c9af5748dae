package io.coastwatch.operations.indicator;

import io.coastwatch.operations.common.NotFound;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators the product can compute: the catalogue's definitions with the computations that
 * compute them. Built once at start; every definition's computation must be registered and accept
 * its argument, so that a bad catalogue fails at start and not in a report. Immutable and thread-safe.
 *
 * <p>A definition is taken as it holds on the last day of the period asked for (a period that
 * straddles a change of definition is computed by the newer one).
 */
public final class Indicators {

    private final IndicatorCatalog catalog;
    private final Map<String, IndicatorComputation> computations = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException when two computations share an id, or a definition names a
     *                                  computation that is not there or gives it a bad argument
     */
    public Indicators(IndicatorCatalog catalog, List<IndicatorComputation> computations) {
        this.catalog = catalog;
        for (IndicatorComputation computation : computations) {
            if (this.computations.put(computation.id(), computation) != null) {
                throw new IllegalArgumentException("two computations with id " + computation.id());
            }
        }
        for (Indicator indicator : catalog.all()) {
            computation(indicator).checkArgument(indicator);
        }
    }

    public IndicatorCatalog catalog() {
        return catalog;
    }

    /** The definition of {@code code} on {@code day}. */
    public Optional<Indicator> definition(String code, LocalDate day) {
        return catalog.find(code, day);
    }

    /**
     * What indicator {@code code} comes to in {@code scope} over {@code period}.
     *
     * @throws NotFound when no definition of {@code code} holds on the period's last day
     */
    public Measure measure(String code, IndicatorScope scope, Period period) {
        Indicator indicator = require(code, period);
        return computation(indicator).measure(indicator, scope, period);
    }

    /**
     * What an ad-hoc definition comes to — a breakdown the catalogue does not list, such as the alerts
     * of one incident kind for a chart —, computed by the computation it names, which checks its
     * argument first.
     *
     * @throws IllegalArgumentException when no computation has its id or it refuses the argument
     */
    public Measure measure(Indicator definition, IndicatorScope scope, Period period) {
        IndicatorComputation computation = computation(definition);
        computation.checkArgument(definition);
        return computation.measure(definition, scope, period);
    }

    /** The records {@link #measure} counts, oldest first, at most {@code limit}. */
    public List<CountedRecord> records(String code, IndicatorScope scope, Period period, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Indicator indicator = require(code, period);
        return computation(indicator).records(indicator, scope, period, limit);
    }

    private Indicator require(String code, Period period) {
        return catalog.find(code, period.last())
                .orElseThrow(() -> new NotFound("no indicator " + code + " on " + period.last()));
    }

    private IndicatorComputation computation(Indicator indicator) {
        IndicatorComputation computation = computations.get(indicator.computation());
        if (computation == null) {
            throw new IllegalArgumentException("indicator " + indicator.code() + ": no computation "
                    + indicator.computation());
        }
        return computation;
    }
}
