package io.coastwatch.operations.indicator;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.indicator.alert.AlertCount;
import io.coastwatch.operations.indicator.alert.AlertFact;
import io.coastwatch.operations.indicator.alert.AlertFacts;
import io.coastwatch.operations.indicator.alert.AlertResponseTime;
import io.coastwatch.operations.indicator.departure.DepartureCount;
import io.coastwatch.operations.indicator.departure.DepartureFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts and departures held in lists, and the seeded indicators computed over them: the records of
 * the indicator and report tests (the store's own queries are tested on both databases in
 * {@code coastwatch-store}). Not thread-safe.
 */
public final class ListedRecords {
    private final List<AlertFact> alerts = new ArrayList<>();
    private final List<DepartureFact> departures = new ArrayList<>();
    private final Indicators indicators;

    public ListedRecords() {
        AlertFacts facts = (from, to, types, sink) -> alerts.stream()
                .filter(alert -> !alert.detectedAt().isBefore(from) && alert.detectedAt().isBefore(to))
                .filter(alert -> types.isEmpty() || types.contains(alert.ruleType()))
                .forEach(sink);
        Catalog kinds = Catalog.seeded();
        indicators = new Indicators(IndicatorCatalog.seeded(), List.of(new AlertCount(facts, kinds),
                new AlertResponseTime(facts, kinds), new DepartureCount((from, to, sink) -> departures.stream()
                        .filter(departure -> !departure.departedAt().isBefore(from) && departure.departedAt().isBefore(to))
                        .forEach(sink))));
    }

    public Indicators indicators() {
        return indicators;
    }

    public List<DepartureFact> departures() {
        return departures;
    }

    /** An alert raised at {@code detectedAt} at 11.5° N 109.3° E, answered that many minutes later (or not, {@code null}). */
    public void alert(String ruleType, long vessel, String zone, String state, String detectedAt, Integer answeredAfterMinutes) {
        Instant at = Instant.parse(detectedAt);
        alerts.add(new AlertFact(alerts.size() + 1, ruleType, vessel, zone, state, at,
                answeredAfterMinutes == null ? null : at.plusSeconds(60L * answeredAfterMinutes), new Position(11.5, 109.3)));
    }
}
