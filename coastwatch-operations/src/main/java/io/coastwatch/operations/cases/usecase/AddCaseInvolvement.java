package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseParty;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.StateConflict;

/**
 * Records a vessel or a person found to be involved in a case, each its own timeline entry. A vessel
 * the case holds already (by any identity) is refused. Audited as {@code add-vessel} or {@code add-party}.
 */
public final class AddCaseInvolvement {

    private final CaseDesk desk;

    public AddCaseInvolvement(CaseDesk desk) {
        this.desk = desk;
    }

    /** @throws StateConflict when the case holds the vessel already */
    public IncidentCase vessel(Actor actor, UnitScope scope, String caseId, CaseVessel vessel) {
        return desk.transactions().write(() -> {
            IncidentCase incident = desk.visible(scope, caseId);
            if (incident.involves(vessel)) {
                throw new StateConflict("case " + incident.number().text() + " holds this vessel already");
            }
            return desk.record(actor, scope, caseId, new CaseEvent.VesselAdded(vessel));
        });
    }

    public IncidentCase party(Actor actor, UnitScope scope, String caseId, CaseParty party) {
        return desk.record(actor, scope, caseId, new CaseEvent.PartyAdded(party));
    }
}
