package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zone exit (docs/rules.md): a vessel leaves a watched zone (by default the station's area of
 * responsibility), or passes through one between two fixes far apart. An event, not a lasting
 * condition: raised and ended at the same fix. No parameters. Writer thread only.
 */
public final class ZoneExitRule extends FixRule {
    private static final Set<ZoneKind> DEFAULT_KINDS = Set.of(ZoneKind.STATION_AREA);

    private final WatchedZones watched;

    public ZoneExitRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.watched = new WatchedZones(definition, DEFAULT_KINDS);
    }

    @Override
    protected void judge(VesselState vessel, PositionFix fix, Detections out) {
        ZoneTransitions changes = ZoneTransitions.of(vessel, watched);
        if (changes.isEmpty()) {
            return;
        }
        List<Zone> left = new ArrayList<>(changes.exited());
        left.addAll(changes.passedThrough());
        for (Zone zone : left) {
            String verb = changes.exited().contains(zone) ? "left " : "passed through ";
            out.holds(Raised.of(definition, vessel, zone.id(), fix.timeMillis(), verb + zone.name(), Map.of(),
                    vessel.previousFix().timeMillis()));
            out.ended(new AlertKey(definition.id(), vessel.vesselId(), zone.id()), fix.timeMillis());
        }
    }
}
