package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.util.List;

/**
 * Dark vessel (AIS): a vessel that has transmitted on AIS sends nothing for {@code gap} (6 h) while it
 * is at sea. Its position is the latest known one: its last AIS report, or a later VMS report (a
 * fishing vessel whose AIS is off while its VMS goes on is dark, and VMS shows where). One level more
 * severe once the silence reaches {@code escalation1} (12 h) when it went dark at least
 * {@code shoreDistanceNm} (50 nm) from the coast: likely deliberate (GFW gap events).
 *
 * <p>Not dark: a vessel in port (within the port hysteresis of {@link VesselState#atSea()}), however
 * long its AIS is off; a vessel whose last known position is outside every area of responsibility
 * (it sailed out of our area, and out of our receivers' reach). The alert ends when the vessel
 * transmits on AIS again, or when it is known to be back in port.
 *
 * <p>Limits: reception quality is not modelled (a gap where our receivers hear nothing looks like a
 * gap of the vessel). Writer thread only.
 */
public final class DarkVesselRule extends BehaviourRule {
    /** How often a dark vessel's alert is refreshed, and a silent vessel looked at again. */
    private static final long RECHECK_MILLIS = Duration.ofMinutes(15).toMillis();

    private final long gapMillis;
    private final long deliberateGapMillis;
    private final double offshoreMetres;
    private final LongMap<Watch> watches = new LongMap<>();
    private final Deadlines deadlines = new Deadlines();

    /** What the rule remembers of a vessel heard on AIS. */
    private static final class Watch {
        final VesselState vessel;
        double darkOffshoreMetres;
        boolean dark;

        Watch(VesselState vessel) {
            this.vessel = vessel;
        }
    }

    public DarkVesselRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.gapMillis = definition.duration("gap").toMillis();
        this.deliberateGapMillis = definition.duration("escalation1").toMillis();
        this.offshoreMetres = definition.number("shoreDistanceNm")
                * GreatCircle.METRES_PER_NAUTICAL_MILE;
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        long vesselId = vessel.vesselId();
        if (fix.source() != FixSource.VMS) {
            Watch watch = watches.get(vesselId);
            if (watch == null) {
                watch = new Watch(vessel);
                watches.put(vesselId, watch);
            }
            if (watch.dark) {
                watch.dark = false;
                out.ended(reporter.key(vesselId), fix.timeMillis());
            }
            if (fix.isPlausible()) {
                watch.darkOffshoreMetres = vessel.distanceToShoreMetres();
            }
            deadlines.schedule(vesselId, fix.timeMillis() + gapMillis);
        } else {
            Watch watch = watches.get(vesselId);
            if (watch != null && fix.timeMillis() - vessel.lastAisMillis() >= gapMillis) {
                judge(watch, fix.timeMillis(), out);     // a VMS report places a silent vessel
            }
        }
    }

    /** A vessel restored at start whose last fix came by AIS is watched from it, as if it had just come. */
    @Override
    public void onRestore(VesselState vessel, Detections out) {
        if (vessel.lastFix().source() != FixSource.VMS) {
            onFix(vessel, vessel.lastFix(), out);
        }
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        deadlines.reached(nowMillis, vesselId -> judge(watches.get(vesselId), nowMillis, out));
    }

    private void judge(Watch watch, long nowMillis, Detections out) {
        VesselState vessel = watch.vessel;
        long vesselId = vessel.vesselId();
        long silentMillis = nowMillis - vessel.lastAisMillis();
        if (silentMillis < gapMillis) {
            deadlines.schedule(vesselId, vessel.lastAisMillis() + gapMillis);
            return;
        }
        PositionFix where = vessel.lastFix();
        boolean ours = where != null && vessel.atSea()
                && Areas.inAreaOfResponsibility(environment.zones(), where.latitude(), where.longitude());
        if (!ours) {
            // in port, or gone from our area: not dark; a later VMS report at sea looks again
            deadlines.cancel(vesselId);
            if (watch.dark) {
                watch.dark = false;
                out.ended(reporter.key(vesselId), nowMillis);
            }
            return;
        }
        boolean offshore = watch.darkOffshoreMetres >= offshoreMetres;
        boolean deliberate = offshore && silentMillis >= deliberateGapMillis;
        Severity severity = reporter.severity(deliberate ? 1 : 0);
        String hours = Reporter.hours(silentMillis);
        double offshoreNm = watch.darkOffshoreMetres / GreatCircle.METRES_PER_NAUTICAL_MILE;
        out.holds(reporter.holds(vesselId, 0, severity, nowMillis, where,
                "no AIS for " + hours + " h at sea, went dark " + Reporter.figure(offshoreNm) + " nm offshore"
                        + (deliberate ? ": likely deliberate" : ""),
                new Figures().hours("hoursDark", silentMillis).with("shoreDistanceNm", offshoreNm, Unit.NAUTICAL_MILES)
                        .instant("lastAis", vessel.lastAisMillis()).toMap(),
                evidence(vessel)));
        watch.dark = true;
        long next = nowMillis + RECHECK_MILLIS;
        if (offshore && !deliberate) {
            next = Math.min(next, vessel.lastAisMillis() + deliberateGapMillis);
        }
        deadlines.schedule(vesselId, next);
    }

    /** The last hours before it went dark, and what VMS reported since. */
    private List<PositionFix> evidence(VesselState vessel) {
        return Reporter.since(vessel.recentFixes(), vessel.lastAisMillis() - gapMillis);
    }
}
