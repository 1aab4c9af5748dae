package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * VMS loss: a vessel whose registry entry has a VMS terminal sends no VMS report for {@code gap} (6 h)
 * while at sea, or {@code inPortGap} (60 h) while in port; one level more severe from
 * {@code escalation1} (24 h) and again from {@code escalation2} (10 days: Decree 26/2019 and 37/2024,
 * a vessel with a lost signal reports every 6 h by other means and returns within 10 days; MonitorFish
 * > 4 h at sea, > 60 h in port). Ends with the next VMS report, or when the vessel is back in port
 * within the in-port gap.
 *
 * <p>Watched per VMS terminal, from the first report of any kind of the registered vessel; the alert
 * names the vessel that last reported (so a VMS-only vessel merged into its AIS vessel by the tracker
 * hands the watch over). Before any VMS report the silence counts from that first report. Writer
 * thread only.
 */
public final class VmsLossRule extends BehaviourRule {
    /** How often a lost terminal's alert is refreshed and its vessel's place looked at again. */
    private static final long RECHECK_MILLIS = Duration.ofMinutes(15).toMillis();

    private final long gapMillis;
    private final long inPortGapMillis;
    private final long escalation1Millis;
    private final long escalation2Millis;
    private final LongMap<Watch> watchByTerminal = new LongMap<>();
    private final Map<String, Long> terminalNumbers = new HashMap<>();
    private final Deadlines deadlines = new Deadlines();

    /** One VMS terminal of the registry, and the vessel that carries it. */
    private static final class Watch {
        final String deviceId;
        VesselState vessel;
        long silentSinceMillis;
        long alertVesselId;

        Watch(String deviceId, VesselState vessel, long silentSinceMillis) {
            this.deviceId = deviceId;
            this.vessel = vessel;
            this.silentSinceMillis = silentSinceMillis;
        }
    }

    public VmsLossRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.gapMillis = definition.duration("gap").toMillis();
        this.inPortGapMillis = definition.duration("inPortGap").toMillis();
        this.escalation1Millis = definition.duration("escalation1").toMillis();
        this.escalation2Millis = definition.duration("escalation2").toMillis();
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        RegisteredVessel registered = vessel.registered().orElse(null);
        String deviceId = registered == null ? null : registered.vmsDeviceId();
        if (deviceId == null) {
            return;
        }
        long number = terminalNumbers.computeIfAbsent(deviceId, id -> (long) terminalNumbers.size());
        Watch watch = watchByTerminal.get(number);
        if (watch == null) {
            watch = new Watch(deviceId, vessel, fix.timeMillis());
            watchByTerminal.put(number, watch);
            deadlines.schedule(number, fix.timeMillis() + gapMillis);
        }
        watch.vessel = vessel;
        if (fix.source() == FixSource.VMS && fix.timeMillis() >= watch.silentSinceMillis) {
            watch.silentSinceMillis = fix.timeMillis();
            end(watch, fix.timeMillis(), out);
            deadlines.schedule(number, fix.timeMillis() + gapMillis);
        }
    }

    /** A vessel restored at start is watched from its last fix, as if that fix had just come. */
    @Override
    public void onRestore(VesselState vessel, Detections out) {
        onFix(vessel, vessel.lastFix(), out);
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        deadlines.reached(nowMillis, number -> judge(number, watchByTerminal.get(number), nowMillis, out));
    }

    private void judge(long number, Watch watch, long nowMillis, Detections out) {
        VesselState vessel = watch.vessel;
        long silentMillis = nowMillis - watch.silentSinceMillis;
        boolean atSea = vessel.atSea();
        long allowedMillis = atSea ? gapMillis : inPortGapMillis;
        if (silentMillis < allowedMillis) {
            end(watch, nowMillis, out);
            deadlines.schedule(number, Math.min(watch.silentSinceMillis + allowedMillis, nowMillis + RECHECK_MILLIS));
            return;
        }
        int steps = silentMillis >= escalation2Millis ? 2 : silentMillis >= escalation1Millis ? 1 : 0;
        String hours = Reporter.hours(silentMillis);
        if (watch.alertVesselId != 0 && watch.alertVesselId != vessel.vesselId()) {
            end(watch, nowMillis, out);
        }
        watch.alertVesselId = vessel.vesselId();
        out.holds(reporter.holds(vessel.vesselId(), 0, reporter.severity(steps), nowMillis, vessel.lastFix(),
                "no VMS report from terminal " + watch.deviceId + " for " + hours + " h " + (atSea ? "at sea" : "in port"),
                new Figures().hours("hoursSilent", silentMillis).instant("lastVms", watch.silentSinceMillis).toMap(),
                Reporter.since(vessel.recentFixes(), watch.silentSinceMillis)));
        long next = nowMillis + RECHECK_MILLIS;
        for (long escalation : new long[] {escalation1Millis, escalation2Millis}) {
            if (silentMillis < escalation) {
                next = Math.min(next, watch.silentSinceMillis + escalation);
            }
        }
        deadlines.schedule(number, next);
    }

    private void end(Watch watch, long timeMillis, Detections out) {
        if (watch.alertVesselId != 0) {
            out.ended(reporter.key(watch.alertVesselId), timeMillis);
            watch.alertVesselId = 0;
        }
    }
}
