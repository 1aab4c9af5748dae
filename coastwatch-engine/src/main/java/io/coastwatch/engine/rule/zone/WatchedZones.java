package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The zones a zone rule watches, from its scope: the zones named in {@code zoneIds}; else the zones of
 * the scope's {@code zoneKinds}; else the zones of the rule's default kinds. Immutable and thread-safe.
 */
final class WatchedZones {
    private final Set<String> zoneIds;
    private final Set<ZoneKind> kinds;

    WatchedZones(RuleDefinition definition, Set<ZoneKind> defaultKinds) {
        this.zoneIds = definition.scope().zoneIds();
        Set<ZoneKind> scopeKinds = definition.scope().zoneKinds();
        this.kinds = EnumSet.noneOf(ZoneKind.class);
        this.kinds.addAll(scopeKinds.isEmpty() ? defaultKinds : scopeKinds);
    }

    /** Every kind of zone: for rules whose default is every zone. */
    static Set<ZoneKind> allKinds() {
        return EnumSet.allOf(ZoneKind.class);
    }

    boolean watches(Zone zone) {
        return zoneIds.isEmpty() ? kinds.contains(zone.kind()) : zoneIds.contains(zone.id());
    }

    /** The watched area zones among {@code zones}. */
    List<Zone> among(List<Zone> zones) {
        List<Zone> watched = null;
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            if (zone.isArea() && watches(zone)) {
                if (watched == null) {
                    watched = new ArrayList<>(zones.size());
                }
                watched.add(zone);
            }
        }
        return watched == null ? List.of() : watched;
    }

    /** Whether the zone with {@code zoneId} is among {@code zones}. */
    static boolean containsId(List<Zone> zones, String zoneId) {
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(zoneId)) {
                return true;
            }
        }
        return false;
    }
}
