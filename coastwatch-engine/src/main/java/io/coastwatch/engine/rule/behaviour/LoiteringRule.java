package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;

/**
 * Loitering: a vessel at sea slower than {@code maxSpeedKnots} (2 kn) for {@code duration} (2 h),
 * farther than {@code shoreDistanceNm} (20 nm) from the coast; with {@code shoreDistanceNm: 0},
 * anywhere in an area of responsibility (GFW loitering; the default instance is scoped to carriers,
 * AIS ship types 70-89). A fix that is not slow, or not far enough out, or in port, ends the spell.
 * Fixes without a speed over ground are skipped. Writer thread only.
 */
public final class LoiteringRule extends BehaviourRule {

    private final double maxSpeedKnots;
    private final long durationMillis;
    private final double shoreDistanceMetres;
    private final LongMap<Long> slowSinceMillis = new LongMap<>();

    public LoiteringRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.maxSpeedKnots = definition.number("maxSpeedKnots");
        this.durationMillis = definition.duration("duration").toMillis();
        this.shoreDistanceMetres = definition.number("shoreDistanceNm")
                * GreatCircle.METRES_PER_NAUTICAL_MILE;
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        if (!fix.isPlausible() || Double.isNaN(fix.speedKnots())) {
            return;
        }
        long vesselId = vessel.vesselId();
        if (!loitering(vessel, fix)) {
            if (slowSinceMillis.remove(vesselId) != null) {
                endIfHolding(vesselId, fix.timeMillis(), out);
            }
            return;
        }
        Long slowSince = slowSinceMillis.get(vesselId);
        if (slowSince == null) {
            slowSince = fix.timeMillis();
            slowSinceMillis.put(vesselId, slowSince);
        }
        long since = slowSince;
        long slowMillis = fix.timeMillis() - since;
        if (slowMillis >= durationMillis && reportDue(vesselId, fix.timeMillis())) {
            String hours = Reporter.hours(slowMillis);
            double shoreNm = vessel.distanceToShoreMetres() / GreatCircle.METRES_PER_NAUTICAL_MILE;
            out.holds(reporter.holds(vesselId, 0, definition.severity(), fix.timeMillis(), fix,
                    "slower than " + Reporter.figure(maxSpeedKnots) + " kn for " + hours + " h, " + Reporter.figure(shoreNm)
                            + " nm from shore",
                    new Figures().hours("hoursLoitering", slowMillis).with("shoreDistanceNm", shoreNm, Unit.NAUTICAL_MILES)
                            .with("speedKnots", fix.speedKnots(), Unit.KNOTS).toMap(),
                    Reporter.since(vessel.recentFixes(), since)));
        }
    }

    private boolean loitering(VesselState vessel, PositionFix fix) {
        if (!(fix.speedKnots() < maxSpeedKnots) || !vessel.atSea()) {
            return false;
        }
        return shoreDistanceMetres > 0 ? vessel.distanceToShoreMetres() >= shoreDistanceMetres
                : Areas.inAreaOfResponsibility(environment.zones(), fix.latitude(), fix.longitude());
    }
}
