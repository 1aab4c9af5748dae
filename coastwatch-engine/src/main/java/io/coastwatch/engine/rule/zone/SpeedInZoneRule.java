package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
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
 * Speed in zone (docs/rules.md, Skylight's speed range): inside a watched zone (by default restricted,
 * sea-economy and custom zones) the speed over ground stays outside [{@code minSpeedKnots},
 * {@code maxSpeedKnots}] (default 1 kn, no maximum) for {@code duration} (default 20 min). Fixes
 * without a speed change nothing; a fix within the range, or outside the zone, ends it. Writer
 * thread only.
 */
public final class SpeedInZoneRule extends FixRule {
    private static final Set<ZoneKind> DEFAULT_KINDS = Set.of(ZoneKind.RESTRICTED_AREA, ZoneKind.SEA_ECONOMY_PROJECT,
            ZoneKind.CUSTOM);

    private final WatchedZones watched;
    private final double minSpeedKnots;
    private final double maxSpeedKnots;
    private final long durationMillis;
    /** Per vessel, per zone id: since when its speed is out of range there. */
    private final LongMap<Map<String, Long>> outOfRange = new LongMap<>();

    public SpeedInZoneRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.watched = new WatchedZones(definition, DEFAULT_KINDS);
        this.minSpeedKnots = definition.number("minSpeedKnots");
        this.maxSpeedKnots = definition.number("maxSpeedKnots");
        this.durationMillis = definition.duration("duration").toMillis();
        if (minSpeedKnots > maxSpeedKnots) {
            throw new IllegalArgumentException("rule " + definition.id() + ": minSpeedKnots " + minSpeedKnots
                    + " is above maxSpeedKnots " + maxSpeedKnots);
        }
    }

    @Override
    protected void judge(VesselState vessel, PositionFix fix, Detections out) {
        if (Double.isNaN(fix.speedKnots())) {
            return;
        }
        List<Zone> now = watched.among(vessel.zones());
        Map<String, Long> since = outOfRange.get(vessel.vesselId());
        if (since == null && now.isEmpty()) {
            return;
        }
        if (since == null) {
            since = new HashMap<>();
            outOfRange.put(vessel.vesselId(), since);
        }
        boolean outOfLimits = fix.speedKnots() < minSpeedKnots || fix.speedKnots() > maxSpeedKnots;
        long timeMillis = fix.timeMillis();
        for (Iterator<String> it = since.keySet().iterator(); it.hasNext();) {
            String zoneId = it.next();
            if (!outOfLimits || !WatchedZones.containsId(now, zoneId)) {
                it.remove();
                out.ended(new AlertKey(definition.id(), vessel.vesselId(), zoneId), timeMillis);
            }
        }
        if (outOfLimits) {
            for (Zone zone : now) {
                long from = since.computeIfAbsent(zone.id(), id -> timeMillis);
                if (timeMillis - from >= durationMillis) {
                    out.holds(Raised.of(definition, vessel, zone.id(), timeMillis, String.format(java.util.Locale.ROOT,
                            "%.1f kn in %s for %d min", fix.speedKnots(), zone.name(), (timeMillis - from) / 60_000),
                            new Figures().with("speedKnots", fix.speedKnots(), Unit.KNOTS)
                                    .minutes("minutes", timeMillis - from).toMap(), from));
                }
            }
        }
        if (since.isEmpty()) {
            outOfRange.remove(vessel.vesselId());
        }
    }
}
