package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import java.time.Instant;
import java.util.Optional;

/**
 * No departure record: a registered fishing vessel has been at sea for {@code atSeaFor} (2 h) since it
 * left a port zone ({@link VesselState#leftPortMillis()}), and port control has no departure record
 * of it within {@code window} (± 6 h) of that moment, nor an earlier one of a trip still open then
 * (MonitorFish missing-departure alert). Judged on
 * each of its fixes, so a record entered late ends the alert at the vessel's next report; the alert
 * also ends when the vessel is back in port. A vessel first seen at sea (no port left in sight) is not
 * judged. Writer thread only.
 */
public final class NoDepartureRecordRule extends BehaviourRule {

    private final long windowMillis;
    private final long atSeaForMillis;

    public NoDepartureRecordRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.windowMillis = definition.duration("window").toMillis();
        this.atSeaForMillis = definition.duration("atSeaFor").toMillis();
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        Optional<RegisteredVessel> registered = vessel.registered();
        long leftMillis = vessel.leftPortMillis();
        long timeMillis = fix.timeMillis();
        boolean missing = registered.isPresent() && vessel.isFishingVessel() && vessel.atSea()
                && leftMillis != Long.MIN_VALUE && timeMillis - leftMillis >= atSeaForMillis
                && !recorded(registered.get().registrationNumber(), leftMillis);
        if (!missing) {
            endIfHolding(vessel.vesselId(), timeMillis, out);
            return;
        }
        if (!reportDue(vessel.vesselId(), timeMillis)) {
            return;
        }
        String registration = registered.get().registrationNumber();
        String hours = Reporter.hours(timeMillis - leftMillis);
        out.holds(reporter.holds(vessel.vesselId(), 0, definition.severity(), timeMillis, vessel.lastFix(),
                registration + " left port at " + Instant.ofEpochMilli(leftMillis) + " with no departure record; at sea "
                        + hours + " h",
                new Figures().hours("hoursAtSea", timeMillis - leftMillis).instant("leftPort", leftMillis).toMap(),
                Reporter.since(vessel.recentFixes(), leftMillis)));
    }

    /**
     * Whether port control recorded the trip on which the vessel left port (or an anchorage) at
     * {@code leftMillis}: a departure within the window of it, or an earlier departure whose trip was
     * still open then (no arrival recorded before it, declared return not more than the window
     * before it: a boat that anchored off another port on its way is on the same trip).
     */
    private boolean recorded(String registration, long leftMillis) {
        for (DepartureRecord record : environment.registry().departures(registration, Long.MIN_VALUE,
                leftMillis + windowMillis)) {
            boolean near = record.departureMillis() >= leftMillis - windowMillis;
            boolean openTrip = !(record.arrived() && record.arrivalMillis() <= leftMillis)
                    && record.declaredReturnMillis() + windowMillis >= leftMillis;
            if (near || openTrip) {
                return true;
            }
        }
        return false;
    }
}
