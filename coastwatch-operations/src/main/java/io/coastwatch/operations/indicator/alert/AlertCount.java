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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts alerts (computation {@code alerts}): in {@link CountUnit#TIMES} the alerts, in
 * {@link CountUnit#VESSELS} the vessels they were about, each once. Which alerts: {@link AlertSelector}
 * ({@code kind:…}, {@code rule:…}); an alert counts in the period it was first detected in, in the
 * unit whose area holds its zone. Foreign vessels detected, vessels in foreign waters, alerts by kind.
 * Thread-safe.
 */
public final class AlertCount implements IndicatorComputation {

    private final AlertFacts alerts;
    private final Catalog catalog;

    public AlertCount(AlertFacts alerts, Catalog catalog) {
        this.alerts = alerts;
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "alerts";
    }

    @Override
    public void checkArgument(Indicator indicator) {
        for (CountUnit unit : indicator.units()) {
            if (unit != CountUnit.TIMES && unit != CountUnit.VESSELS) {
                throw new IllegalArgumentException("indicator " + indicator.code() + ": alerts count in times or vessels, not "
                        + unit.code());
            }
        }
        selector(indicator).check(catalog, indicator.validity().validFrom());
    }

    @Override
    public Measure measure(Indicator indicator, IndicatorScope scope, Period period) {
        long[] count = {0};
        Set<Long> vessels = new HashSet<>();
        selector(indicator).forEach(alerts, catalog, scope, period, alert -> {
            count[0]++;
            vessels.add(alert.vesselId());
        });
        return Measure.counted(indicator.units(), count[0], vessels.size());
    }

    @Override
    public List<CountedRecord> records(Indicator indicator, IndicatorScope scope, Period period, int limit) {
        List<CountedRecord> records = new ArrayList<>();
        selector(indicator).forEach(alerts, catalog, scope, period, alert -> {
            if (records.size() < limit) {
                records.add(AlertSummary.of(alert));
            }
        });
        return records;
    }

    private static AlertSelector selector(Indicator indicator) {
        return AlertSelector.of(Arguments.parse(indicator.argument(), AlertSelector.KEYS));
    }
}
