package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Rule;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;

/**
 * A rule that judges only plausible fixes, those that moved the vessel ({@link VesselState#lastFix()}
 * is the fix): where a vessel is decides zone rules, and an implausible position is the position-jump
 * rule's business. Writer thread only.
 */
abstract class FixRule implements Rule {
    protected final RuleDefinition definition;

    FixRule(RuleDefinition definition) {
        this.definition = definition;
    }

    @Override
    public final RuleDefinition definition() {
        return definition;
    }

    @Override
    public final void onFix(VesselState vessel, PositionFix fix, Detections out) {
        if (fix.isPlausible()) {
            judge(vessel, fix, out);
        }
    }

    /** A plausible fix of a vessel in scope; {@code vessel.lastFix()} is {@code fix}. */
    protected abstract void judge(VesselState vessel, PositionFix fix, Detections out);
}
