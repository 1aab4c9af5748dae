package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;

/**
 * Boundary approach (docs/rules.md): a Vietnamese fishing vessel, still inside Vietnamese waters, comes
 * within {@code distanceNm} (default 5 nm: the rule's severity, WARNING by default) of a national
 * limit, and within {@code criticalDistanceNm} (default 2 nm: CRITICAL). It ends once the vessel is
 * back beyond {@code distanceNm} plus a quarter mile (so that it does not flicker at the threshold) or
 * has crossed the limit (boundary crossed takes over). Writer thread only.
 */
public final class BoundaryApproachRule extends ConditionRule {
    private static final double HYSTERESIS_METRES = 0.25 * GreatCircle.METRES_PER_NAUTICAL_MILE;

    private final double warningMetres;
    private final double criticalMetres;

    public BoundaryApproachRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.warningMetres = definition.number("distanceNm") * GreatCircle.METRES_PER_NAUTICAL_MILE;
        this.criticalMetres = definition.number("criticalDistanceNm") * GreatCircle.METRES_PER_NAUTICAL_MILE;
    }

    @Override
    protected Finding find(VesselState vessel, PositionFix fix) {
        if (!vessel.isVietnamese() || !vessel.isFishingVessel()) {
            return null;
        }
        double metres = vessel.distanceToNationalLimitMetres();
        double limit = isHolding(vessel.vesselId()) ? warningMetres + HYSTERESIS_METRES : warningMetres;
        if (metres > limit || vessel.beyondNationalLimit()) {
            return null;
        }
        double nm = metres / GreatCircle.METRES_PER_NAUTICAL_MILE;
        Severity severity = metres <= criticalMetres ? Severity.CRITICAL : definition.severity();
        return new Finding(severity, "", () -> new Description(Raised.figure(nm) + " nm from the national limit",
                new Figures().with("distanceNm", nm, Unit.NAUTICAL_MILES).toMap()));
    }
}
