package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselScope;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign vessel (docs/rules.md): a vessel with a foreign flag (MMSI's MID not Vietnam's) and the fishing
 * ship type (30), or one on the scope's watch list, inside a watched zone (by default internal waters,
 * territorial sea, contiguous zone, EEZ and area of responsibility). One alert per vessel, whatever
 * the zones; CRITICAL inside internal waters or the territorial sea, else the rule's severity. A
 * foreign cargo ship on the lane is not a fishing vessel and does not alert. Ends at its first fix
 * outside the zones. No parameters. Writer thread only.
 */
public final class ForeignVesselRule extends ConditionRule {
    private static final int FISHING_SHIP_TYPE = 30;
    private static final Set<ZoneKind> DEFAULT_KINDS = Set.of(ZoneKind.INTERNAL_WATERS, ZoneKind.TERRITORIAL_SEA,
            ZoneKind.CONTIGUOUS_ZONE, ZoneKind.EXCLUSIVE_ECONOMIC_ZONE, ZoneKind.STATION_AREA);
    private static final Set<ZoneKind> SOVEREIGN_KINDS = Set.of(ZoneKind.INTERNAL_WATERS, ZoneKind.TERRITORIAL_SEA);

    private final WatchedZones watched;

    public ForeignVesselRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.watched = new WatchedZones(definition, DEFAULT_KINDS);
    }

    @Override
    protected Finding find(VesselState vessel, PositionFix fix) {
        String flag = vessel.snapshot().flag();
        boolean foreignFishing = flag != null && !"VN".equals(flag) && vessel.registered().isEmpty()
                && vessel.snapshot().shipType() == FISHING_SHIP_TYPE;
        boolean watchListed = VesselScope.isOnWatchList(vessel, definition.scope().watchList());
        if (!foreignFishing && !watchListed) {
            return null;
        }
        List<Zone> inside = watched.among(vessel.zones());
        if (inside.isEmpty()) {
            return null;
        }
        Zone innermost = inside.get(0);
        for (Zone zone : inside) {
            if (SOVEREIGN_KINDS.contains(zone.kind())) {
                innermost = zone;
            }
        }
        Severity severity = SOVEREIGN_KINDS.contains(innermost.kind()) ? Severity.CRITICAL : definition.severity();
        Zone where = innermost;
        return new Finding(severity, "", () -> new Description((foreignFishing ? "foreign fishing vessel (" + flag + ")"
                : "watch-listed vessel") + " inside " + where.name(),
                Map.of()));
    }
}
