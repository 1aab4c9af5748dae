package io.coastwatch.operations.plan.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.Progress;
import io.coastwatch.operations.plan.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's progress: each target's actual over its period (up to today when the period is not over),
 * the same period a year before, % of target and Đạt / Vượt / Chưa đạt. A read: not audited.
 * Thread-safe.
 */
public final class MeasureProgress {

    private final PlanDesk desk;

    public MeasureProgress(PlanDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws io.coastwatch.operations.common.NotFound when the plan is not there or not in scope
     */
    public List<Progress> execute(Actor actor, String planId) {
        Plan plan = desk.visiblePlan(actor, planId);
        LocalDate today = desk.today();
        List<Progress> rows = new ArrayList<>();
        for (Target target : plan.targets()) {
            Period period = target.period();
            Period counted = period.last().isAfter(today) && !period.first().isAfter(today)
                    ? new Period(period.first(), today) : period;
            UnitTree tree = desk.units().treeOn(counted.last());
            IndicatorScope scope = IndicatorScope.of(tree, target.unitId());
            Indicator indicator = desk.indicators().definition(target.indicatorCode(), counted.last())
                    .orElseThrow(() -> new IllegalStateException("plan " + planId + ": no indicator "
                            + target.indicatorCode() + " on " + counted.last()));
            Measure actual = desk.indicators().measure(indicator.code(), scope, counted);
            Measure previous = desk.indicators().measure(indicator.code(), scope, counted.sameTimeLastYear());
            rows.add(new Progress(indicator, target, actual, previous));
        }
        return rows;
    }
}
