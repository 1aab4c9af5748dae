package io.coastwatch.operations.indicator.departure;

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
import java.util.function.Consumer;

/**
 * Counts recorded departures (computation {@code departures}, no argument): in {@link CountUnit#TIMES}
 * the departures, in {@link CountUnit#VESSELS} the vessels, each once; a departure counts for the
 * station that recorded it and the units above. Thread-safe.
 */
public final class DepartureCount implements IndicatorComputation {

    private final DepartureFacts departures;

    public DepartureCount(DepartureFacts departures) {
        this.departures = departures;
    }

    @Override
    public String id() {
        return "departures";
    }

    @Override
    public void checkArgument(Indicator indicator) {
        if (!indicator.argument().isEmpty()) {
            throw new IllegalArgumentException("indicator " + indicator.code() + ": departures take no argument");
        }
        for (CountUnit unit : indicator.units()) {
            if (unit != CountUnit.TIMES && unit != CountUnit.VESSELS) {
                throw new IllegalArgumentException("indicator " + indicator.code()
                        + ": departures count in times or vessels, not " + unit.code());
            }
        }
    }

    @Override
    public Measure measure(Indicator indicator, IndicatorScope scope, Period period) {
        long[] count = {0};
        Set<String> vessels = new HashSet<>();
        forEach(scope, period, departure -> {
            count[0]++;
            vessels.add(departure.registrationNumber());
        });
        return Measure.counted(indicator.units(), count[0], vessels.size());
    }

    @Override
    public List<CountedRecord> records(Indicator indicator, IndicatorScope scope, Period period, int limit) {
        List<CountedRecord> records = new ArrayList<>();
        forEach(scope, period, departure -> {
            if (records.size() < limit) {
                records.add(new CountedRecord("departure", departure.registrationNumber() + "@"
                        + departure.departedAt().toEpochMilli(), departure.departedAt(),
                        departure.registrationNumber() + " · " + departure.portId() + " · " + departure.stationId(), null));
            }
        });
        return records;
    }

    private void forEach(IndicatorScope scope, Period period, Consumer<DepartureFact> sink) {
        departures.forEach(period.start(), period.end(), departure -> {
            if (scope.includesUnit(departure.stationId())) {
                sink.accept(departure);
            }
        });
    }
}
