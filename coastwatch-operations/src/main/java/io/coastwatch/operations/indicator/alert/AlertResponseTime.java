package io.coastwatch.operations.indicator.alert;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.indicator.Arguments;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.CountedRecord;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.IndicatorComputation;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.indicator.Period;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How fast alerts were answered (computation {@code alert-response-time}): the time from an alert's
 * first detection to a person's first action on it (acknowledged, escalated or closed), over the
 * alerts {@link AlertSelector} selects that were answered, as the percentile the argument names:
 * {@code statistic:median} or {@code statistic:p90} (any {@code pNN}). In {@link CountUnit#MINUTES}
 * or {@link CountUnit#HOURS}. Percentiles interpolate between the closest ranks (the method of
 * spreadsheets' PERCENTILE.INC): the median of 1, 2, 3, 4 minutes is 2.5. No answered alert: an
 * empty measure. Thread-safe.
 */
public final class AlertResponseTime implements IndicatorComputation {

    private static final Set<String> KEYS = keys();

    private final AlertFacts alerts;
    private final Catalog catalog;

    public AlertResponseTime(AlertFacts alerts, Catalog catalog) {
        this.alerts = alerts;
        this.catalog = catalog;
    }

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>(AlertSelector.KEYS);
        keys.add("statistic");
        return Set.copyOf(keys);
    }

    @Override
    public String id() {
        return "alert-response-time";
    }

    @Override
    public void checkArgument(Indicator indicator) {
        if (indicator.units().size() != 1 || !(indicator.primaryUnit() == CountUnit.MINUTES
                || indicator.primaryUnit() == CountUnit.HOURS)) {
            throw new IllegalArgumentException("indicator " + indicator.code() + ": a response time is in minutes or hours");
        }
        Arguments arguments = Arguments.parse(indicator.argument(), KEYS);
        share(arguments);
        AlertSelector.of(arguments).check(catalog, indicator.validity().validFrom());
    }

    @Override
    public Measure measure(Indicator indicator, IndicatorScope scope, Period period) {
        Arguments arguments = Arguments.parse(indicator.argument(), KEYS);
        List<Duration> times = new ArrayList<>();
        AlertSelector.of(arguments).forEach(alerts, catalog, scope, period, alert -> {
            if (alert.firstResponseAt() != null) {
                times.add(Duration.between(alert.detectedAt(), alert.firstResponseAt()));
            }
        });
        if (times.isEmpty()) {
            return new Measure(List.of(), 0);
        }
        double[] minutes = times.stream().mapToDouble(time -> time.toMillis() / 60_000.0).sorted().toArray();
        double value = percentile(minutes, share(arguments));
        return Measure.of(indicator.primaryUnit(), indicator.primaryUnit() == CountUnit.HOURS ? value / 60 : value,
                minutes.length);
    }

    @Override
    public List<CountedRecord> records(Indicator indicator, IndicatorScope scope, Period period, int limit) {
        List<CountedRecord> records = new ArrayList<>();
        AlertSelector.of(Arguments.parse(indicator.argument(), KEYS)).forEach(alerts, catalog, scope, period, alert -> {
            if (alert.firstResponseAt() != null && records.size() < limit) {
                records.add(AlertSummary.of(alert));
            }
        });
        return records;
    }

    /** The value below which {@code share} of the sorted values lie, interpolated between the closest ranks. */
    static double percentile(double[] sorted, double share) {
        double rank = (sorted.length - 1) * share;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    private static double share(Arguments arguments) {
        String statistic = arguments.get("statistic")
                .orElseThrow(() -> new IllegalArgumentException("argument: statistic:median or statistic:pNN is required"));
        if (statistic.equals("median")) {
            return 0.5;
        }
        if (statistic.matches("p[1-9][0-9]?")) {
            return Integer.parseInt(statistic.substring(1)) / 100.0;
        }
        throw new IllegalArgumentException("argument: statistic '" + statistic + "' is not median or pNN");
    }
}
