/**
 * Indicators (chỉ tiêu): their definitions as data with validity ({@link
 * io.coastwatch.operations.indicator.IndicatorCatalog}, seeded from {@code indicators.csv}), what they
 * count in ({@link io.coastwatch.operations.indicator.CountUnit}) and which way is good ({@link
 * io.coastwatch.operations.indicator.Direction}), and how they are computed from the records, scoped
 * by unit and period ({@link io.coastwatch.operations.indicator.IndicatorComputation}, one family per
 * part: {@code alert}, {@code departure}, and later trips, cases, missions), each figure with the
 * records it counts for its drill-down. {@link io.coastwatch.operations.indicator.Indicators} puts the
 * catalogue and the computations together.
 *
 * <p>How a later part adds an indicator: a computation in its own package, a line in the catalogue,
 * and one more entry where the server builds {@code Indicators}:
 * <pre>{@code
 * public final class TripCount implements IndicatorComputation {       // operations/indicator/trip/
 *     public String id() { return "trips"; }
 *     public void checkArgument(Indicator indicator) { ... }            // refuse what it cannot compute
 *     public Measure measure(Indicator indicator, IndicatorScope scope, Period period) {
 *         long[] count = {0};
 *         trips.forEach(period.start(), period.end(), trip -> { if (scope.includesUnit(trip.stationId())) count[0]++; });
 *         return Measure.of(indicator.primaryUnit(), count[0], count[0]);
 *     }
 *     public List<CountedRecord> records(...) { ... }                    // the same query, listed
 * }
 * // indicators.csv:
 * // trips-cleared,port-control,Lượt tàu cá được kiểm soát xuất bến,Departures cleared,times,more,trips,,2026-01-01,
 * }</pre>
 */
package io.coastwatch.operations.indicator;
