package io.coastwatch.operations.report;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.catalog.IncidentKind;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.CountedRecord;
import io.coastwatch.operations.indicator.Direction;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.indicator.Position;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.Progress;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a unit's period came to, as the review report prints it: the plan's progress (the indicator
 * table), the alerts by month against the same months a year before, the alerts by incident kind, and
 * where they were (the heat map). Every figure is an indicator's ({@link Indicators}), computed by the
 * same queries as the dashboard's. Immutable.
 *
 * @param unitName  the unit's name, as the report names it
 * @param period    the period reviewed
 * @param plan      the plan the targets are of
 * @param progress  one row per target, in the plan's order
 * @param byMonth   the alerts of each month of the period (clipped to it) and of the same month a year before
 * @param byKind    the alerts of each top-level incident kind that has alert rules, in the catalogue's order
 * @param positions where the period's alerts were raised (those with a position)
 */
public record ReviewFacts(String unitName, Period period, Plan plan, List<Progress> progress, List<MonthCount> byMonth,
        List<KindCount> byKind, List<Position> positions) {

    /** The code of the indicator that counts every alert (the catalogue's {@code alerts-total}). */
    public static final String ALERTS = "alerts-total";
    /** The most alert positions drawn on one map. */
    public static final int MAX_POSITIONS = 200_000;

    /** The alerts of one month and of the same month a year before. */
    public record MonthCount(YearMonth month, double count, double yearBefore) {
    }

    /** The alerts of one incident kind. */
    public record KindCount(Label kind, double count) {
    }

    public ReviewFacts {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(plan, "plan");
        progress = List.copyOf(progress);
        byMonth = List.copyOf(byMonth);
        byKind = List.copyOf(byKind);
        positions = List.copyOf(positions);
    }

    /** The alerts of the whole period. */
    public double alerts() {
        return byMonth.stream().mapToDouble(MonthCount::count).sum();
    }

    /** The alerts of the same period a year before. */
    public double alertsYearBefore() {
        return byMonth.stream().mapToDouble(MonthCount::yearBefore).sum();
    }

    /**
     * Gathers the facts of {@code scope} over {@code period}.
     *
     * @param progress the plan's progress over the period ({@code plan.usecase.MeasureProgress})
     */
    public static ReviewFacts gather(Indicators indicators, Catalog catalog, String unitName, IndicatorScope scope,
            Period period, Plan plan, List<Progress> progress) {
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.first()); !month.atDay(1).isAfter(period.last());
                month = month.plusMonths(1)) {
            Period days = new Period(max(month.atDay(1), period.first()), min(month.atEndOfMonth(), period.last()));
            months.add(new MonthCount(month, alerts(indicators, scope, days), alerts(indicators, scope,
                    days.sameTimeLastYear())));
        }
        List<KindCount> kinds = new ArrayList<>();
        for (IncidentKind kind : catalog.incidentKindsOn(period.last())) {
            if (kind.parentId() == null && hasRules(catalog, kind, period.last())) {
                Indicator ofKind = new Indicator("alerts-of-" + kind.id(), "surveillance", kind.label(),
                        List.of(CountUnit.TIMES), Direction.MORE, "alerts", "kind:" + kind.id(),
                        new Validity(period.first(), null));
                kinds.add(new KindCount(kind.label(), indicators.measure(ofKind, scope, period).primary().orElse(0.0)));
            }
        }
        List<Position> positions = indicators.records(ALERTS, scope, period, MAX_POSITIONS).stream()
                .map(CountedRecord::position).filter(Objects::nonNull).toList();
        return new ReviewFacts(unitName, period, plan, progress, months, kinds, positions);
    }

    private static boolean hasRules(Catalog catalog, IncidentKind kind, LocalDate day) {
        return !kind.ruleTypes().isEmpty() || catalog.incidentKindsOn(day).stream()
                .anyMatch(child -> kind.id().equals(child.parentId()) && !child.ruleTypes().isEmpty());
    }

    private static double alerts(Indicators indicators, IndicatorScope scope, Period period) {
        return indicators.measure(ALERTS, scope, period).primary().orElse(0.0);
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
