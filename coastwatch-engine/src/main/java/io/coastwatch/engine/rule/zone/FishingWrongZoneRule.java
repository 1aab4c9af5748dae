package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.zone.Zone;
import java.util.Optional;

/**
 * Fishing in the wrong zone (docs/rules.md, Decree 26/2019 Art. 43): a registered fishing vessel at sea
 * (not in a port or anchorage: a boat moored in harbour is not fishing) is fishing in a fishing zone its length class may not fish in (the zone's allowed length classes).
 * Fishing: the AIS navigational status "engaged in fishing" (7), or a speed under
 * {@code maxSpeedKnots} (default 5 kn) held for {@code duration} (default 20 min). It ends when the
 * vessel leaves the zone, or when it has not been fishing for {@code duration} (a purse seiner
 * circling fast for a while is still at work). The "own province" limit of the coastal zone is not
 * judged (the zones carry no province). Writer thread only.
 */
public final class FishingWrongZoneRule extends ConditionRule {
    private static final int ENGAGED_IN_FISHING = 7;

    private final double maxSpeedKnots;
    private final long durationMillis;
    /** Per vessel: its spells of slowness and fishing. */
    private final LongMap<Spells> spells = new LongMap<>();

    /** Since when a vessel has been slow, and when it was last judged fishing ({@link #NONE}: not). */
    private static final class Spells {
        long slowSinceMillis = NONE;
        long fishingMillis = NONE;
    }

    private static final long NONE = Long.MIN_VALUE;

    public FishingWrongZoneRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.maxSpeedKnots = definition.number("maxSpeedKnots");
        this.durationMillis = definition.duration("duration").toMillis();
    }

    @Override
    protected Finding find(VesselState vessel, PositionFix fix) {
        Optional<RegisteredVessel> registered = vessel.registered();
        if (registered.isEmpty() || !vessel.atSea()) {
            return null;
        }
        long vesselId = vessel.vesselId();
        long timeMillis = fix.timeMillis();
        Spells spell = spells.get(vesselId);
        if (spell == null) {
            spell = new Spells();
            spells.put(vesselId, spell);
        }
        if (fix.speedKnots() < maxSpeedKnots) {
            if (spell.slowSinceMillis == NONE) {
                spell.slowSinceMillis = timeMillis;
            }
        } else if (!Double.isNaN(fix.speedKnots())) {
            spell.slowSinceMillis = NONE;
        }
        long slowSince = spell.slowSinceMillis;
        boolean fishing = fix.navigationStatus() == ENGAGED_IN_FISHING
                || (slowSince != NONE && timeMillis - slowSince >= durationMillis);
        if (fishing) {
            spell.fishingMillis = timeMillis;
        } else {
            long last = spell.fishingMillis;
            if (last == NONE || !isHolding(vesselId) || timeMillis - last >= durationMillis) {
                if (slowSince == NONE) {
                    spell.fishingMillis = NONE;
                }
                return null;
            }
        }
        RegisteredVessel entry = registered.get();
        for (Zone zone : vessel.zones()) {
            if (zone.kind().isFishingZone() && !zone.allowedLengthClasses().contains(entry.lengthClass())) {
                return new Finding(definition.severity(), zone.id(), () -> new Description("a "
                        + Raised.figure(entry.lengthMetres()) + " m vessel fishing in " + zone.name(),
                        new Figures().with("lengthMetres", entry.lengthMetres(), Unit.METRES)
                                .with("speedKnots", fix.speedKnots(), Unit.KNOTS).toMap()));
            }
        }
        return null;
    }
}
