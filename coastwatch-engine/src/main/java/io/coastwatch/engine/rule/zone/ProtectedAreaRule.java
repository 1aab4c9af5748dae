package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.RegistrationNumbers;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Protected or restricted area (docs/rules.md): any vessel inside a marine protected area, military or
 * restricted area or sea-economy project area (the default kinds), unless the zone exempts it: the
 * zone property {@value #EXEMPT_PROPERTY} lists, comma-separated, the MMSIs and registration numbers
 * (however written) allowed in. One alert per vessel and zone, held while inside (a vessel first
 * seen inside alerts too); a zone passed through between two fixes far apart raises and ends at
 * once. No parameters. Writer thread only.
 */
public final class ProtectedAreaRule extends FixRule {
    /** The zone property listing the vessels exempt from the rule. */
    public static final String EXEMPT_PROPERTY = "exempt";
    private static final Set<ZoneKind> DEFAULT_KINDS = Set.of(ZoneKind.MARINE_PROTECTED_AREA,
            ZoneKind.RESTRICTED_AREA, ZoneKind.SEA_ECONOMY_PROJECT);

    private final WatchedZones watched;
    /** Per vessel, per zone id it is inside of (alert holding), since when. */
    private final LongMap<Map<String, Long>> inside = new LongMap<>();
    /** Exemption lists as written in the zones → their MMSI texts and registration keys. */
    private final Map<String, Set<String>> exemptions = new HashMap<>();

    public ProtectedAreaRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.watched = new WatchedZones(definition, DEFAULT_KINDS);
    }

    @Override
    protected void judge(VesselState vessel, PositionFix fix, Detections out) {
        long timeMillis = fix.timeMillis();
        Map<String, Long> holding = inside.get(vessel.vesselId());
        List<Zone> now = watched.among(vessel.zones());
        if (holding != null) {
            for (Iterator<String> it = holding.keySet().iterator(); it.hasNext();) {
                String zoneId = it.next();
                if (!WatchedZones.containsId(now, zoneId)) {
                    it.remove();
                    out.ended(new AlertKey(definition.id(), vessel.vesselId(), zoneId), timeMillis);
                }
            }
        }
        for (Zone zone : now) {
            if (isExempt(zone, vessel)) {
                continue;
            }
            if (holding == null) {
                holding = new HashMap<>();
                inside.put(vessel.vesselId(), holding);
            }
            long since = holding.computeIfAbsent(zone.id(), id -> timeMillis);
            out.holds(detection(vessel, zone, timeMillis, "inside ", since));
        }
        for (Zone zone : ZoneTransitions.of(vessel, watched).passedThrough()) {
            if (!isExempt(zone, vessel)) {
                out.holds(detection(vessel, zone, timeMillis, "passed through ", vessel.previousFix().timeMillis()));
                out.ended(new AlertKey(definition.id(), vessel.vesselId(), zone.id()), timeMillis);
            }
        }
        if (holding != null && holding.isEmpty()) {
            inside.remove(vessel.vesselId());
        }
    }

    private Detection detection(VesselState vessel, Zone zone, long timeMillis, String how, long sinceMillis) {
        return Raised.of(definition, vessel, zone.id(), timeMillis, how + zone.name(),
                Map.of(), sinceMillis);
    }

    private boolean isExempt(Zone zone, VesselState vessel) {
        String list = zone.properties().get(EXEMPT_PROPERTY);
        if (list == null || list.isBlank()) {
            return false;
        }
        Set<String> exempt = exemptions.computeIfAbsent(list, ProtectedAreaRule::parse);
        int mmsi = vessel.snapshot().mmsi();
        if (mmsi != 0 && exempt.contains(Integer.toString(mmsi))) {
            return true;
        }
        String number = vessel.snapshot().registrationNumber();
        if (number == null) {
            number = vessel.registered().map(r -> r.registrationNumber()).orElse(null);
        }
        String key = RegistrationNumbers.key(number);
        return key != null && exempt.contains(key);
    }

    private static Set<String> parse(String list) {
        Set<String> exempt = new HashSet<>();
        for (String item : list.split(",")) {
            String text = item.strip();
            String key = RegistrationNumbers.key(text);
            exempt.add(key != null ? key : text);
        }
        return exempt;
    }
}
