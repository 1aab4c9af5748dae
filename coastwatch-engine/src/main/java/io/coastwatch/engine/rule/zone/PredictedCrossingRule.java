package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Raised;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;

/**
 * Predicted crossing (docs/rules.md): dead reckoning (course and speed over ground, on a straight line in
 * along the great circle, the path to the point reached tested as a straight line in longitude and
 * latitude) would take a Vietnamese fishing vessel, still inside Vietnamese waters,
 * across a national limit within {@code horizon} (default 2 h). Vessels slower than
 * {@code minSpeedKnots} (default 0.5 kn) or without course or speed are not predicted. Cheap test
 * first: only a vessel nearer the limit than it can go within the horizon is dead-reckoned. It ends
 * when no prediction has held for {@code mergeGap} (default 10 min), so that course noise does not
 * make it flicker, or when the vessel has crossed. Writer thread only.
 */
public final class PredictedCrossingRule extends ConditionRule {
    private final RuleEnvironment environment;
    private final long horizonMillis;
    private final double minSpeedKnots;
    private final long mergeGapMillis;
    /** Per vessel, the last time a prediction held. */
    private final LongMap<Long> lastPredictedMillis = new LongMap<>();

    public PredictedCrossingRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition);
        this.environment = environment;
        this.horizonMillis = definition.duration("horizon").toMillis();
        this.minSpeedKnots = definition.number("minSpeedKnots");
        this.mergeGapMillis = definition.duration("mergeGap").toMillis();
    }

    @Override
    protected Finding find(VesselState vessel, PositionFix fix) {
        if (!vessel.isVietnamese() || !vessel.isFishingVessel() || vessel.beyondNationalLimit()) {
            lastPredictedMillis.remove(vessel.vesselId());
            return null;
        }
        double hours = horizonMillis / 3_600_000.0;
        double speedKnots = fix.speedKnots();
        boolean predicted = false;
        double reachMetres = 0;
        if (speedKnots >= minSpeedKnots && !Double.isNaN(fix.courseDegrees())) {
            reachMetres = speedKnots * GreatCircle.METRES_PER_NAUTICAL_MILE * hours;
            predicted = vessel.distanceToNationalLimitMetres() <= reachMetres && crossesLimit(fix, reachMetres);
        }
        if (predicted) {
            lastPredictedMillis.put(vessel.vesselId(), fix.timeMillis());
        } else {
            Long last = lastPredictedMillis.get(vessel.vesselId());
            if (last == null || fix.timeMillis() - last >= mergeGapMillis) {
                lastPredictedMillis.remove(vessel.vesselId());
                return null;
            }
        }
        double nm = vessel.distanceToNationalLimitMetres() / GreatCircle.METRES_PER_NAUTICAL_MILE;
        double minutes = Double.isNaN(speedKnots) || speedKnots <= 0 ? Double.NaN : nm / speedKnots * 60;
        return new Finding(definition.severity(), "", () -> new Description("heading for the national limit, "
                + Raised.figure(nm) + " nm away at " + Raised.figure(speedKnots) + " kn",
                new Figures().with("distanceNm", nm, Unit.NAUTICAL_MILES).with("speedKnots", speedKnots, Unit.KNOTS)
                        .with("courseDegrees", fix.courseDegrees(), Unit.DEGREES)
                        .with("minutes", minutes, Unit.MINUTES).toMap()));
    }

    private boolean crossesLimit(PositionFix fix, double reachMetres) {
        double[] end = GreatCircle.destination(fix.latitude(), fix.longitude(), fix.courseDegrees(), reachMetres);
        for (Zone zone : environment.zones().edgesCrossed(fix.latitude(), fix.longitude(), end[0], end[1])) {
            if (zone.kind() == ZoneKind.NATIONAL_LIMIT) {
                return true;
            }
        }
        return false;
    }
}
