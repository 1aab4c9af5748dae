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
import java.util.Map;
import java.util.Set;

/**
 * Zone entry (docs/rules.md): a vessel enters a watched zone (by default the station's area of
 * responsibility). The alert holds while the vessel stays inside and ends when it leaves; a zone
 * passed through between two fixes far apart raises and ends at once. No parameters. Writer thread only.
 */
public final class ZoneEntryRule extends FixRule {
    private static final Set<ZoneKind> DEFAULT_KINDS = Set.of(ZoneKind.STATION_AREA);

    private final WatchedZones watched;

    public ZoneEntryRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.watched = new WatchedZones(definition, DEFAULT_KINDS);
    }

    @Override
    protected void judge(VesselState vessel, PositionFix fix, Detections out) {
        ZoneTransitions changes = ZoneTransitions.of(vessel, watched);
        if (changes.isEmpty()) {
            return;
        }
        long timeMillis = fix.timeMillis();
        long since = vessel.previousFix().timeMillis();
        for (Zone zone : changes.entered()) {
            out.holds(Raised.of(definition, vessel, zone.id(), timeMillis, "entered " + zone.name(), Map.of(), since));
        }
        for (Zone zone : changes.exited()) {
            out.ended(new AlertKey(definition.id(), vessel.vesselId(), zone.id()), timeMillis);
        }
        for (Zone zone : changes.passedThrough()) {
            out.holds(Raised.of(definition, vessel, zone.id(), timeMillis,
                    "passed through " + zone.name() + " between two reports", Map.of(), since));
            out.ended(new AlertKey(definition.id(), vessel.vesselId(), zone.id()), timeMillis);
        }
    }
}
