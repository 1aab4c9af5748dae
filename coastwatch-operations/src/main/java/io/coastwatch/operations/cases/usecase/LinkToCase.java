package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.StateConflict;
import java.util.List;

/**
 * Adds a record (an alert, a tip, a control …) to an open case — "add to case" — with the vessels it
 * names that the case does not hold yet, each its own timeline entry; the link shows both ways. Audited
 * as {@code link} (and {@code add-vessel}).
 */
public final class LinkToCase {

    private final CaseDesk desk;

    public LinkToCase(CaseDesk desk) {
        this.desk = desk;
    }

    /**
     * @param summary a line saying what the record is, or {@code null}
     * @param vessels the vessels the record names
     * @return the case after
     * @throws StateConflict when the case is closed or unfounded, or the record is linked to it already
     */
    public IncidentCase execute(Actor actor, UnitScope scope, String caseId, SourceRef source, String summary,
            List<CaseVessel> vessels) {
        return desk.transactions().write(() -> {
            IncidentCase incident = desk.visible(scope, caseId);
            if (!incident.state().isOpen()) {
                throw new StateConflict("case " + incident.number().text() + " is " + incident.state().code()
                        + ": reopen it before adding to it");
            }
            incident = desk.record(actor, scope, caseId, new CaseEvent.Linked(source, summary));
            for (CaseVessel vessel : vessels) {
                if (!incident.involves(vessel)) {
                    incident = desk.record(actor, scope, caseId, new CaseEvent.VesselAdded(vessel));
                }
            }
            return incident;
        });
    }
}
