package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dwell (docs/rules.md): a vessel stays inside a watched zone (by default protected, restricted,
 * sea-economy and custom zones) longer than {@code duration} (default 30 min), counted from the
 * first fix inside. Judged at each fix and at each clock tick, while the vessel's last fix is inside
 * and no older than {@code staleAfter} (default 3 h: a VMS vessel reports every 2 h); ends when a fix
 * is outside. Writer thread only.
 */
public final class DwellRule extends FixRule {
    private static final Set<ZoneKind> DEFAULT_KINDS = Set.of(ZoneKind.MARINE_PROTECTED_AREA,
            ZoneKind.RESTRICTED_AREA, ZoneKind.SEA_ECONOMY_PROJECT);

    private final WatchedZones watched;
    private final long durationMillis;
    private final long staleMillis;
    /** Vessels inside watched zones: their state and, per zone id, the time of the first fix inside. */
    private final LongMap<Inside> inside = new LongMap<>();

    private record Inside(VesselState vessel, Map<String, Zone> zones, Map<String, Long> sinceMillis) {
    }

    public DwellRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.watched = new WatchedZones(definition, DEFAULT_KINDS);
        this.durationMillis = definition.duration("duration").toMillis();
        this.staleMillis = definition.duration("staleAfter").toMillis();
    }

    @Override
    protected void judge(VesselState vessel, PositionFix fix, Detections out) {
        List<Zone> now = watched.among(vessel.zones());
        Inside state = inside.get(vessel.vesselId());
        if (state == null) {
            if (now.isEmpty()) {
                return;
            }
            state = new Inside(vessel, new HashMap<>(), new HashMap<>());
            inside.put(vessel.vesselId(), state);
        }
        long timeMillis = fix.timeMillis();
        for (Iterator<Map.Entry<String, Long>> it = state.sinceMillis().entrySet().iterator(); it.hasNext();) {
            String zoneId = it.next().getKey();
            if (!WatchedZones.containsId(now, zoneId)) {
                it.remove();
                state.zones().remove(zoneId);
                out.ended(new AlertKey(definition.id(), vessel.vesselId(), zoneId), timeMillis);
            }
        }
        for (Zone zone : now) {
            state.zones().put(zone.id(), zone);
            state.sinceMillis().putIfAbsent(zone.id(), timeMillis);
        }
        if (state.sinceMillis().isEmpty()) {
            inside.remove(vessel.vesselId());
            return;
        }
        judge(state, timeMillis, out);
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        inside.forEachValue(state -> {
            if (nowMillis - state.vessel().lastFix().timeMillis() <= staleMillis) {
                judge(state, nowMillis, out);
            }
        });
    }

    private void judge(Inside state, long timeMillis, Detections out) {
        for (Map.Entry<String, Long> entry : state.sinceMillis().entrySet()) {
            long sinceMillis = entry.getValue();
            if (timeMillis - sinceMillis < durationMillis) {
                continue;
            }
            Zone zone = state.zones().get(entry.getKey());
            long inside = timeMillis - sinceMillis;
            out.holds(Raised.of(definition, state.vessel(), zone.id(), timeMillis,
                    "inside " + zone.name() + " for " + Math.round(inside / 60_000.0) + " min",
                    new Figures().minutes("minutes", inside).toMap(), sinceMillis));
        }
    }
}
