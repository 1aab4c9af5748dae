package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Rule;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;

/** What every behaviour rule holds: its definition, the environment, a reporter. Writer thread only. */
abstract class BehaviourRule implements Rule {
    protected final RuleDefinition definition;
    protected final RuleEnvironment environment;
    protected final Reporter reporter;

    BehaviourRule(RuleDefinition definition, RuleEnvironment environment) {
        this.definition = definition;
        this.environment = environment;
        this.reporter = new Reporter(definition);
    }

    @Override
    public final RuleDefinition definition() {
        return definition;
    }

    /** Ends this rule's alert about {@code vesselId} at {@code timeMillis}, if it is holding. */
    final void endIfHolding(long vesselId, long timeMillis, Detections out) {
        if (out.isHolding(reporter.key(vesselId))) {
            out.ended(reporter.key(vesselId), timeMillis);
        }
    }
}
