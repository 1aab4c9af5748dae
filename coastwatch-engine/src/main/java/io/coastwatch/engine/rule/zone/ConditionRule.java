package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A rule whose condition is judged on each plausible fix of a vessel, one alert at a time per
 * vessel: while {@link #find} finds it, the condition holds (under the finding's zone: a new zone
 * ends the old alert and starts another); once it finds nothing, the condition ends. Evidence runs
 * from the fix where the condition began. While it holds with the same severity it is reported to the
 * engine at most once a minute of event time (the engine passes it on at most every 5 minutes), so
 * that vessels reporting every few seconds do not build a detection each time. Writer thread only.
 */
abstract class ConditionRule extends FixRule {
    /** Least event time between two reports of a condition holding with the same severity. */
    static final long REPORT_MILLIS = 60_000;

    /** Per vessel id, the condition holding now. */
    private final LongMap<Holding> holding = new LongMap<>();

    /** A condition holding: its key, since when, and when and how it was last reported to the engine. */
    private static final class Holding {
        final AlertKey key;
        final long sinceMillis;
        long reportedMillis = Long.MIN_VALUE;
        Severity reportedSeverity;

        Holding(AlertKey key, long sinceMillis) {
            this.key = key;
            this.sinceMillis = sinceMillis;
        }
    }

    /**
     * What the rule found about a vessel at a fix.
     *
     * @param severity how urgent
     * @param zoneId the zone concerned, or ""
     * @param description what it says, made only when the finding is reported (the figures' text costs)
     */
    record Finding(Severity severity, String zoneId, Supplier<Description> description) {
    }

    /**
     * What a finding says.
     *
     * @param summary one English sentence with the figures
     * @param figures the figures by name
     */
    record Description(String summary, Map<String, Figure> figures) {
    }

    ConditionRule(RuleDefinition definition) {
        super(definition);
    }

    /** Whether the condition is finding something about the vessel now (for hysteresis in {@link #find}). */
    protected final boolean isHolding(long vesselId) {
        return holding.get(vesselId) != null;
    }

    /** The condition at this plausible fix ({@code vessel.lastFix()}), or {@code null} when it does not hold. */
    protected abstract Finding find(VesselState vessel, PositionFix fix);

    @Override
    protected final void judge(VesselState vessel, PositionFix fix, Detections out) {
        long vesselId = vessel.vesselId();
        Finding finding = find(vessel, fix);
        Holding now = holding.get(vesselId);
        if (finding == null) {
            if (now != null) {
                holding.remove(vesselId);
                out.ended(now.key, fix.timeMillis());
            }
            return;
        }
        AlertKey key = new AlertKey(definition.id(), vesselId, finding.zoneId());
        if (now != null && !now.key.equals(key)) {
            out.ended(now.key, fix.timeMillis());
            now = null;
        }
        if (now == null) {
            now = new Holding(key, fix.timeMillis());
            holding.put(vesselId, now);
        }
        if (finding.severity() == now.reportedSeverity && fix.timeMillis() - now.reportedMillis < REPORT_MILLIS) {
            return;
        }
        now.reportedMillis = fix.timeMillis();
        now.reportedSeverity = finding.severity();
        Description description = finding.description().get();
        out.holds(Raised.of(definition, vessel, 0, finding.zoneId(), finding.severity(), fix.timeMillis(),
                description.summary(), description.figures(), now.sinceMillis));
    }
}
