package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Position jump (spoofing): a fix the tracker judged {@link Plausibility#IMPLAUSIBLE_JUMP} (reached
 * from the vessel's last plausible fix faster than {@code jumpSpeedKnots}, 50 kn: the tracker's own
 * limit, so a lower value here changes nothing and a higher one lets slower jumps pass),
 * {@link Plausibility#ON_LAND} or {@link Plausibility#NOT_AVAILABLE} (lat 91 / lon 181). The implied
 * speed and jump distance are in the details; the evidence is the last plausible fix and the jump.
 * The alert ends once no such fix has come for {@code window} (10 min). Writer thread only.
 */
public final class PositionJumpRule extends BehaviourRule {

    private final double jumpSpeedKnots;
    private final long windowMillis;
    private final Map<Long, Long> lastJumpMillis = new HashMap<>();

    public PositionJumpRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.jumpSpeedKnots = definition.number("jumpSpeedKnots");
        this.windowMillis = definition.duration("window").toMillis();
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        if (fix.isPlausible()) {
            return;
        }
        PositionFix from = vessel.lastFix();
        Figures figures = new Figures();
        String summary;
        List<PositionFix> evidence = new ArrayList<>(2);
        if (from != null) {
            evidence.add(from);
        }
        evidence.add(fix);
        switch (fix.plausibility()) {
            case IMPLAUSIBLE_JUMP -> {
                double knots = from == null ? Double.POSITIVE_INFINITY : Jumps.impliedSpeedKnots(from, fix);
                if (from == null || knots < jumpSpeedKnots) {
                    return;
                }
                double jumpNm = GreatCircle.distanceMetres(from.latitude(), from.longitude(), fix.latitude(),
                        fix.longitude()) / GreatCircle.METRES_PER_NAUTICAL_MILE;
                figures.with("impliedSpeedKnots", knots, Unit.KNOTS).with("jumpNm", jumpNm, Unit.NAUTICAL_MILES);
                summary = "position jumped " + Reporter.figure(jumpNm) + " nm: an implied speed of "
                        + (Double.isInfinite(knots) ? "inf" : Reporter.figure(knots)) + " kn";
            }
            case ON_LAND -> summary = "position reported on land, far from water";
            default -> summary = "position reported as not available";
        }
        lastJumpMillis.put(vessel.vesselId(), fix.timeMillis());
        out.holds(reporter.holds(vessel.vesselId(), 0, definition.severity(), fix.timeMillis(),
                fix.plausibility() == Plausibility.NOT_AVAILABLE ? from : fix, summary, figures.toMap(),
                evidence));
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        for (Iterator<Map.Entry<Long, Long>> it = lastJumpMillis.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, Long> entry = it.next();
            if (nowMillis - entry.getValue() >= windowMillis) {
                out.ended(reporter.key(entry.getKey()), entry.getValue());
                it.remove();
            }
        }
    }
}
