package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Rule;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.track.LongMap;
import java.time.Duration;

/** What every behaviour rule holds: its definition, the environment, a reporter. Writer thread only. */
abstract class BehaviourRule implements Rule {
    /**
     * How often a condition judged on every fix is reported again while it goes on: as often as the
     * engine passes it on, so that the evidence of a long condition is not gathered on every fix.
     */
    static final long REFRESH_MILLIS = Duration.ofMinutes(5).toMillis();

    protected final RuleDefinition definition;
    protected final RuleEnvironment environment;
    protected final Reporter reporter;
    private final LongMap<Long> reportedMillis = new LongMap<>();

    BehaviourRule(RuleDefinition definition, RuleEnvironment environment) {
        this.definition = definition;
        this.environment = environment;
        this.reporter = new Reporter(definition);
    }

    @Override
    public final RuleDefinition definition() {
        return definition;
    }

    /**
     * Whether the holding condition of {@code vesselId} is to be reported at {@code timeMillis}: the
     * first time, then every {@link #REFRESH_MILLIS} (until {@link #endIfHolding} ends it).
     */
    final boolean reportDue(long vesselId, long timeMillis) {
        Long last = reportedMillis.get(vesselId);
        if (last != null && timeMillis - last < REFRESH_MILLIS) {
            return false;
        }
        reportedMillis.put(vesselId, timeMillis);
        return true;
    }

    /**
     * Ends this rule's alert about {@code vesselId} at {@code timeMillis}, if it is holding: only an
     * alert reported through {@link #reportDue} can be.
     */
    final void endIfHolding(long vesselId, long timeMillis, Detections out) {
        if (reportedMillis.remove(vesselId) != null && out.isHolding(reporter.key(vesselId))) {
            out.ended(reporter.key(vesselId), timeMillis);
        }
    }
}
