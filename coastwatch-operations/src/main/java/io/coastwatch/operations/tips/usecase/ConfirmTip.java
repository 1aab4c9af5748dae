package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseIntake;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.usecase.CaseIntakeService;
import io.coastwatch.operations.cases.usecase.LinkToCase;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipState;
import java.util.List;

/**
 * Confirms a tip: it opens a case (through {@link CaseIntake}: of the tip's kind, unit, time and place,
 * its vessels) or joins the open case {@code caseId}; the tip and the case are linked both ways. The tip,
 * the case's entries and both audit records commit together. Audited as {@code confirm}.
 */
public final class ConfirmTip {

    private final TipDesk desk;

    public ConfirmTip(TipDesk desk) {
        this.desk = desk;
    }

    /**
     * @param caseId the open case it joins, or {@code null} to open one
     * @return the tip after, with its case
     * @throws io.coastwatch.operations.common.StateConflict when the tip is closed already, or the case is not open
     */
    public Tip execute(Actor actor, UnitScope scope, String tipId, String caseId, String comment) {
        return desk.transactions().write(() -> {
            Tip before = desk.visible(scope, tipId);
            if (!before.state().next().contains(TipState.CONFIRMED)) {
                throw new StateConflict("tip " + tipId + " is " + before.state().code() + ": it cannot be confirmed");
            }
            SourceRef source = new SourceRef("tip", tipId);
            String summary = before.description() == null ? "Tin báo " + tipId : before.description();
            String joined;
            if (caseId != null) {
                joined = new LinkToCase(desk.cases()).execute(actor, scope, caseId, source, summary, vessels(before)).id();
            } else {
                double latitude = before.place() == null ? Double.NaN : before.place().latitude();
                double longitude = before.place() == null ? Double.NaN : before.place().longitude();
                joined = new CaseIntakeService(desk.cases()).open(actor, new CaseIntake.Report(before.kindId(),
                        before.unitId(), before.observedAt(), latitude, longitude, before.vessels().stream()
                                .map(SubjectVessel::vesselId).filter(java.util.Objects::nonNull).toList(), source,
                        summary));
            }
            Tip after = before.moved(TipState.CONFIRMED, desk.step(actor, "confirm", TipState.CONFIRMED,
                    comment == null ? joined : comment), joined, null);
            desk.saved(actor, "confirm", before, after);
            return after;
        });
    }

    private static List<CaseVessel> vessels(Tip tip) {
        return tip.vessels().stream().map(vessel -> new CaseVessel(vessel.vesselId(), null, vessel.registrationNumber(),
                vessel.name())).filter(vessel -> vessel.vesselId() != null || vessel.registrationNumber() != null
                        || vessel.name() != null).toList();
    }
}
