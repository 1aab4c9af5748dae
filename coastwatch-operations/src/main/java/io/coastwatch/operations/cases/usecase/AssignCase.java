package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.IncidentCase;

/**
 * Gives a case to a unit and its lead officer, with a comment. The unit must be in the actor's scope
 * (a station cannot give a case away to another station; the command can). The case keeps its number.
 * Audited as {@code assign}.
 */
public final class AssignCase {

    private final CaseDesk desk;

    public AssignCase(CaseDesk desk) {
        this.desk = desk;
    }

    /**
     * @param leadPersonId the lead officer, or {@code null} for none yet
     * @throws io.coastwatch.operations.common.InvalidRequest naming {@code unitId} or {@code leadPersonId}
     * @throws io.coastwatch.operations.common.OutOfScope when the unit is outside {@code scope}
     */
    public IncidentCase execute(Actor actor, UnitScope scope, String caseId, String unitId, String leadPersonId,
            String comment) {
        return desk.transactions().write(() -> {
            desk.visible(scope, caseId);
            desk.unitInScope(scope, "unitId", unitId);
            desk.requirePerson("leadPersonId", leadPersonId);
            return desk.record(actor, scope, caseId, new CaseEvent.Assigned(unitId, leadPersonId, comment));
        });
    }
}
