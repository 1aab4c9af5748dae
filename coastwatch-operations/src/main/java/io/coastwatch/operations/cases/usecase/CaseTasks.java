package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseTask;
import io.coastwatch.operations.cases.CaseTask.Assignee;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.InvalidRequest;
import java.time.Instant;

/**
 * Gives a task of a case to a unit, a person or an agency of the organisation, by when; and reports a
 * task done. Whether a task is overdue is {@link CaseTask#overdueAt}. Audited as {@code add-task} and
 * {@code complete-task}.
 */
public final class CaseTasks {

    private final CaseDesk desk;

    public CaseTasks(CaseDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws InvalidRequest naming {@code assignee.id} when the organisation has no such unit, person or
     *     agency
     */
    public IncidentCase add(Actor actor, UnitScope scope, String caseId, String what, Assignee assignee, Instant due) {
        return desk.transactions().write(() -> {
            IncidentCase incident = desk.visible(scope, caseId);
            boolean known = switch (assignee.kind()) {
                case UNIT -> desk.units().on(assignee.id(), desk.today()).isPresent();
                case PERSON -> desk.persons().find(assignee.id()).isPresent();
                case AGENCY -> desk.agencies().find(assignee.id()).isPresent();
            };
            if (!known) {
                throw InvalidRequest.of("assignee.id", "unknown-value", "the organisation has no "
                        + assignee.kind().code() + " " + assignee.id());
            }
            CaseTask task = new CaseTask(incident.nextTaskId(), what, assignee, due, null, null);
            return desk.record(actor, scope, caseId, new CaseEvent.TaskAdded(task));
        });
    }

    /** @throws io.coastwatch.operations.common.StateConflict when the case has no such task, or it is done */
    public IncidentCase complete(Actor actor, UnitScope scope, String caseId, String taskId) {
        return desk.record(actor, scope, caseId, new CaseEvent.TaskDone(taskId));
    }
}
