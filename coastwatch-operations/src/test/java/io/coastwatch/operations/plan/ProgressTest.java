package io.coastwatch.operations.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.Direction;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.indicator.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static Progress progress(Direction direction, double target, Double actual, Double previous) {
        Indicator indicator = new Indicator("x", "surveillance", new Label("X", "X"), List.of(CountUnit.TIMES), direction,
                "alerts", "", Validity.from(LocalDate.of(2020, 1, 1)));
        return new Progress(indicator, new Target("x", "bch", Period.year(2026), target), measure(actual), measure(previous));
    }

    private static Measure measure(Double value) {
        return value == null ? new Measure(List.of(), 0) : Measure.of(CountUnit.TIMES, value, 1);
    }

    @Test
    void moreIsBetterExceedsAboveTheTargetAndFallsShortBelow() {
        Progress above = progress(Direction.MORE, 12_000, 12_480.0, 12_000.0);
        assertEquals(Assessment.EXCEEDED, above.assessment());
        assertEquals(104.0, above.percentOfTarget().orElseThrow(), 1e-9);
        assertEquals(480.0, above.change().orElseThrow());
        assertEquals(4.0, above.changePercent().orElseThrow(), 1e-9);
        assertEquals(Assessment.MET, progress(Direction.MORE, 100, 100.0, null).assessment());
        assertEquals(Assessment.NOT_MET, progress(Direction.MORE, 100, 99.0, null).assessment());
    }

    @Test
    void lessIsBetterExceedsBelowTheTarget() {
        assertEquals(Assessment.EXCEEDED, progress(Direction.LESS, 15, 9.5, null).assessment());
        assertEquals(Assessment.NOT_MET, progress(Direction.LESS, 15, 16.0, null).assessment());
        assertEquals(Assessment.NOT_MET, progress(Direction.LESS, 15, null, null).assessment(), "no figure at all");
    }

    @Test
    void aZeroTargetIsMetOrNotAndHasNoPercentage() {
        Progress kept = progress(Direction.ZERO, 0, 0.0, 3.0);
        assertEquals(Assessment.MET, kept.assessment());
        assertEquals(Optional.empty(), kept.percentOfTarget());
        assertEquals(-3.0, kept.change().orElseThrow());
        assertEquals(-100.0, kept.changePercent().orElseThrow(), 1e-9);
        Progress broken = progress(Direction.ZERO, 0, 2.0, 0.0);
        assertEquals(Assessment.NOT_MET, broken.assessment());
        assertEquals(Optional.empty(), broken.changePercent(), "no percentage of a zero");
        assertEquals(Assessment.NOT_MET, progress(Direction.MORE, 0, 1.0, null).assessment(), "any zero target");
    }

    @Test
    void aPlansTargetsLieWithinItsPeriodOncePerIndicatorUnitAndPeriod() {
        Target year = new Target("x", "bch", Period.year(2026), 10);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Plan("p", PlanKind.YEAR_PLAN,
                "bch", "Kế hoạch năm 2025", Period.year(2025), List.of(year)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Plan("p", PlanKind.YEAR_PLAN,
                "bch", "Kế hoạch năm 2026", Period.year(2026), List.of(year, new Target("x", "bch", Period.year(2026), 12))));
        assertEquals(2, new Plan("p", PlanKind.YEAR_PLAN, "bch", "Kế hoạch năm 2026", Period.year(2026),
                List.of(year, new Target("x", "dbp-ca-na", Period.year(2026), 2))).targets().size());
    }
}
