package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseState;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.InvalidRequest;

/**
 * Moves a case to another state ({@link CaseState#next()}), with the actor's comment: why. Finding a
 * case unfounded and reopening one need the comment (so that unfounded reports and reopenings are
 * countable with their reasons). Audited as {@code change-state}, or {@code reopen}.
 */
public final class ChangeCaseState {

    private final CaseDesk desk;

    public ChangeCaseState(CaseDesk desk) {
        this.desk = desk;
    }

    /**
     * @param comment why, or {@code null}
     * @return the case after
     * @throws InvalidRequest naming {@code comment} when it is needed and missing
     * @throws io.coastwatch.operations.common.StateConflict when the case's state does not allow {@code to}
     */
    public IncidentCase execute(Actor actor, UnitScope scope, String caseId, CaseState to, String comment) {
        return desk.transactions().write(() -> {
            IncidentCase before = desk.visible(scope, caseId);
            boolean allowed = before.state().next().contains(to);
            if (allowed && comment == null && (to == CaseState.UNFOUNDED || before.state().reopensInto(to))) {
                throw InvalidRequest.of("comment", "required", (to == CaseState.UNFOUNDED ? "finding a case unfounded"
                        : "reopening a case") + " needs a comment saying why");
            }
            return desk.record(actor, scope, caseId, new CaseEvent.StateChanged(before.state(), to, comment));
        });
    }
}
