package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselIds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Overdue return: a registered vessel's latest departure record (the latest that has begun by now)
 * declared a return time that passed more than {@code overdueBy} (12 h) ago, it has no arrival record
 * by now, and it is not seen back in port. Judged on each fix and, for vessels that have reported at
 * least once, every {@value #SCAN_MINUTES} minutes of event time (an overdue vessel may be silent);
 * the alert ends on an arrival record or when the vessel is seen in port. A registration heard both on
 * AIS and (not yet linked by the tracker) from a VMS-only state is judged on its AIS vessel. Writer
 * thread only.
 */
public final class OverdueReturnRule extends BehaviourRule {
    private static final long SCAN_MINUTES = 5;
    private static final long SCAN_MILLIS = Duration.ofMinutes(SCAN_MINUTES).toMillis();

    private final long overdueByMillis;
    private final Map<String, VesselState> vesselByRegistration = new HashMap<>();
    private long nextScanMillis = Long.MIN_VALUE;

    public OverdueReturnRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.overdueByMillis = definition.duration("overdueBy").toMillis();
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        Optional<RegisteredVessel> registered = vessel.registered();
        if (registered.isEmpty()) {
            return;
        }
        String registration = registered.get().registrationNumber();
        VesselState previous = vesselByRegistration.get(registration);
        if (previous != null && previous != vessel) {
            if (VesselIds.isMmsi(previous.vesselId()) && !VesselIds.isMmsi(vessel.vesselId())) {
                return;     // the AIS vessel speaks for the registration; a VMS-only state not yet merged does not
            }
            endIfHolding(previous.vesselId(), fix.timeMillis(), out);
        }
        vesselByRegistration.put(registration, vessel);
        judge(registration, vessel, fix.timeMillis(), out);
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        if (nowMillis < nextScanMillis) {
            return;
        }
        nextScanMillis = nowMillis + SCAN_MILLIS;
        vesselByRegistration.forEach((registration, vessel) -> judge(registration, vessel, nowMillis, out));
    }

    private void judge(String registration, VesselState vessel, long nowMillis, Detections out) {
        DepartureRecord latest = environment.registry().latestDepartureBefore(registration, nowMillis + 1).orElse(null);
        boolean overdue = latest != null && vessel.atSea()
                && nowMillis - latest.declaredReturnMillis() > overdueByMillis
                && !(latest.arrived() && latest.arrivalMillis() <= nowMillis);
        if (!overdue) {
            endIfHolding(vessel.vesselId(), nowMillis, out);
            return;
        }
        if (!reportDue(vessel.vesselId(), nowMillis)) {
            return;
        }
        String hours = Reporter.hours(nowMillis - latest.declaredReturnMillis());
        out.holds(reporter.holds(vessel.vesselId(), 0, definition.severity(), nowMillis, vessel.lastFix(),
                registration + " declared its return to " + latest.portId() + " for "
                        + Instant.ofEpochMilli(latest.declaredReturnMillis()) + ", " + hours + " h ago, and has not arrived",
                new Figures().hours("hoursOverdue", nowMillis - latest.declaredReturnMillis())
                        .instant("declaredReturn", latest.declaredReturnMillis()).toMap(),
                Reporter.since(vessel.recentFixes(), latest.declaredReturnMillis())));
    }
}
