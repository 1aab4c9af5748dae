package io.coastwatch.operations.plan;

import io.coastwatch.operations.indicator.Direction;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.Measure;
import java.util.Objects;
import java.util.Optional;

/**
 * A target's progress, the row of the review's indicator table: Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện
 * | % KH | Cùng kỳ | ± | Đánh giá. Immutable.
 *
 * @param indicator the indicator's definition
 * @param target    the target
 * @param actual    what it came to over the target's period (Thực hiện)
 * @param previous  what it came to over the same period a year before (Cùng kỳ)
 */
public record Progress(Indicator indicator, Target target, Measure actual, Measure previous) {

    public Progress {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(previous, "previous");
    }

    /**
     * The actual as a percentage of the target (% KH); none for a zero target (which is kept or not)
     * or when there is no actual figure.
     */
    public Optional<Double> percentOfTarget() {
        if (target.value() == 0) {
            return Optional.empty();
        }
        return actual.primary().map(value -> 100 * value / target.value());
    }

    /**
     * Đạt, Vượt or Chưa đạt. A zero target, or an indicator whose only good value is none: Đạt when
     * the actual is 0, else Chưa đạt. Otherwise Đạt at the target exactly, Vượt beyond it in the good
     * direction, Chưa đạt short of it; no actual figure (a response time with no alert) is Chưa đạt.
     */
    public Assessment assessment() {
        Optional<Double> value = actual.primary();
        if (value.isEmpty()) {
            return Assessment.NOT_MET;
        }
        double reached = value.get();
        if (target.value() == 0 || indicator.direction() == Direction.ZERO) {
            return reached == 0 ? Assessment.MET : Assessment.NOT_MET;
        }
        int comparison = Double.compare(reached, target.value());
        if (comparison == 0) {
            return Assessment.MET;
        }
        boolean better = indicator.direction() == Direction.MORE ? comparison > 0 : comparison < 0;
        return better ? Assessment.EXCEEDED : Assessment.NOT_MET;
    }

    /** Actual less the same period before (±), when both are there. */
    public Optional<Double> change() {
        return actual.primary().flatMap(now -> previous.primary().map(before -> now - before));
    }

    /** The change as a percentage of the same period before (± %); none when that was 0 or is missing. */
    public Optional<Double> changePercent() {
        return change().flatMap(change -> previous.primary().filter(before -> before != 0)
                .map(before -> 100 * change / before));
    }
}
