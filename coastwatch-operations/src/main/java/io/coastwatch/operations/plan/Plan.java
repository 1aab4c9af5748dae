package io.coastwatch.operations.plan;

import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.indicator.Period;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * A plan or resolution with its targets: the 2020–2025 congress resolution, a year's plan, a
 * campaign. Belongs to the unit that adopted it. Immutable.
 *
 * @param id      the plan's id
 * @param kind    what it is
 * @param unitId  the unit that adopted it
 * @param title   its title in Vietnamese, as documents cite it (NFC)
 * @param period  the period it covers
 * @param targets its targets, at most one per indicator, unit and period
 */
public record Plan(String id, PlanKind kind, String unitId, String title, Period period, List<Target> targets) {

    public Plan {
        Ids.require("plan", id);
        Objects.requireNonNull(kind, "kind");
        Ids.require("unit", unitId);
        title = Normalizer.normalize(Objects.requireNonNull(title, "title").strip(), Normalizer.Form.NFC);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a plan needs a title");
        }
        Objects.requireNonNull(period, "period");
        targets = List.copyOf(targets);
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            if (!period.covers(target.period())) {
                throw new IllegalArgumentException("target " + i + " (" + target.indicatorCode() + ") lies outside the plan's period");
            }
            for (int j = 0; j < i; j++) {
                Target other = targets.get(j);
                if (other.indicatorCode().equals(target.indicatorCode()) && other.unitId().equals(target.unitId())
                        && other.period().equals(target.period())) {
                    throw new IllegalArgumentException("targets " + j + " and " + i + " are for the same indicator, unit and period");
                }
            }
        }
    }

    /** The same plan with {@code targets} instead of its own. */
    public Plan withTargets(List<Target> targets) {
        return new Plan(id, kind, unitId, title, period, targets);
    }
}
