package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;

/**
 * Boundary crossed (docs/rules.md): a Vietnamese fishing vessel is beyond a national limit, outside
 * Vietnamese waters (the side away from the coast). Holds while it is there; ends at its first fix
 * back inside. No parameters. Writer thread only.
 */
public final class BoundaryCrossedRule extends ConditionRule {

    public BoundaryCrossedRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
    }

    @Override
    protected Finding find(VesselState vessel, PositionFix fix) {
        if (!vessel.isVietnamese() || !vessel.isFishingVessel() || !vessel.beyondNationalLimit()) {
            return null;
        }
        double nm = vessel.distanceToNationalLimitMetres() / GreatCircle.METRES_PER_NAUTICAL_MILE;
        return new Finding(definition.severity(), "", () -> new Description(Raised.figure(nm)
                + " nm beyond the national limit", new Figures().with("distanceNm", nm, Unit.NAUTICAL_MILES).toMap()));
    }
}
