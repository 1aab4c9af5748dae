package io.coastwatch.operations.cases;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.cases.CaseEvent.Assigned;
import io.coastwatch.operations.cases.CaseEvent.Linked;
import io.coastwatch.operations.cases.CaseEvent.NoteAdded;
import io.coastwatch.operations.cases.CaseEvent.Opened;
import io.coastwatch.operations.cases.CaseEvent.PartyAdded;
import io.coastwatch.operations.cases.CaseEvent.StateChanged;
import io.coastwatch.operations.cases.CaseEvent.TaskAdded;
import io.coastwatch.operations.cases.CaseEvent.TaskDone;
import io.coastwatch.operations.cases.CaseEvent.VesselAdded;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.common.StateConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case (vụ việc) as its timeline makes it: {@link #replay} folds the entries in order, and
 * {@link #apply} is the one place that decides whether an entry may follow (a state the current one
 * allows, a source not linked yet, a task not done yet). Immutable.
 *
 * @param id the case's record id
 * @param number its number per unit and year
 * @param kindId its kind, from the shared catalogue
 * @param severity how urgent it is
 * @param title a line that says what it is
 * @param occurredAt when it happened
 * @param place where
 * @param unitId the unit it is assigned to
 * @param leadPersonId the lead officer (a person of the organisation), or {@code null}
 * @param state where it stands
 * @param vessels the vessels involved, in the order they were added
 * @param parties the persons involved
 * @param tasks the tasks given, in order
 * @param sources what it was opened from and what joined it, in order
 * @param openedAt when it was opened
 * @param openedBy who opened it
 * @param updatedAt when its last entry was recorded
 * @param entries how many entries its timeline holds
 */
public record IncidentCase(String id, CaseNumber number, String kindId, Severity severity, String title,
        Instant occurredAt, CasePlace place, String unitId, String leadPersonId, CaseState state,
        List<CaseVessel> vessels, List<CaseParty> parties, List<CaseTask> tasks, List<SourceRef> sources,
        Instant openedAt, String openedBy, Instant updatedAt, int entries) {

    public IncidentCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
        vessels = List.copyOf(vessels);
        parties = List.copyOf(parties);
        tasks = List.copyOf(tasks);
        sources = List.copyOf(sources);
    }

    /**
     * The case its timeline makes.
     *
     * @throws IllegalArgumentException when the first entry does not open the case or the entries are out of order
     * @throws StateConflict when an entry may not follow those before it
     */
    public static IncidentCase replay(List<CaseEntry> timeline) {
        if (timeline.isEmpty() || !(timeline.getFirst().event() instanceof Opened)) {
            throw new IllegalArgumentException("a case's timeline starts with its opening");
        }
        IncidentCase opened = opened(timeline.getFirst());
        for (CaseEntry entry : timeline.subList(1, timeline.size())) {
            opened = opened.apply(entry);
        }
        return opened;
    }

    /** The case {@code entry} opens: its first entry. */
    public static IncidentCase opened(CaseEntry entry) {
        if (!(entry.event() instanceof Opened open) || entry.sequence() != 1) {
            throw new IllegalArgumentException("entry " + entry.sequence() + " of case " + entry.caseId() + " does not open it");
        }
        return new IncidentCase(entry.caseId(), open.number(), open.kindId(), open.severity(), open.title(),
                open.occurredAt(), open.place(), open.unitId(), open.leadPersonId(), CaseState.REPORTED, open.vessels(),
                List.of(), List.of(), open.source() == null ? List.of() : List.of(open.source()), entry.at(),
                entry.account(), entry.at(), 1);
    }

    /** The next entry's sequence. */
    public int nextSequence() {
        return entries + 1;
    }

    /**
     * The case after {@code entry}.
     *
     * @throws IllegalArgumentException when {@code entry} is of another case or not the next in sequence
     * @throws StateConflict when the case's state does not allow it: a move its state does not allow, a
     *     record linked already, a task unknown or done already
     */
    public IncidentCase apply(CaseEntry entry) {
        if (!entry.caseId().equals(id) || entry.sequence() != nextSequence()) {
            throw new IllegalArgumentException("entry " + entry.sequence() + " of case " + entry.caseId()
                    + " does not follow entry " + entries + " of case " + id);
        }
        Builder next = new Builder(this, entry.at());
        switch (entry.event()) {
            case Opened opened -> throw new StateConflict("case " + number.text() + " is open already");
            case StateChanged change -> {
                if (change.from() != state || !state.next().contains(change.to())) {
                    throw new StateConflict("case " + number.text() + " is " + state.code() + ": it cannot become "
                            + change.to().code() + " (it may become " + codes(state) + ")");
                }
                next.state = change.to();
            }
            case Linked link -> {
                if (sources.contains(link.source())) {
                    throw new StateConflict(link.source().type() + " " + link.source().id() + " is linked to case "
                            + number.text() + " already");
                }
                next.sources.add(link.source());
            }
            case Assigned assigned -> {
                next.unitId = assigned.unitId();
                next.leadPersonId = assigned.leadPersonId();
            }
            case NoteAdded note -> {
                // an officer's entry changes nothing but the timeline
            }
            case VesselAdded added -> next.vessels.add(added.vessel());
            case PartyAdded added -> next.parties.add(added.party());
            case TaskAdded added -> {
                if (tasks.stream().anyMatch(task -> task.id().equals(added.task().id()))) {
                    throw new StateConflict("case " + number.text() + " has a task " + added.task().id() + " already");
                }
                next.tasks.add(added.task());
            }
            case TaskDone done -> {
                int index = taskIndex(done.taskId());
                if (tasks.get(index).done()) {
                    throw new StateConflict("task " + done.taskId() + " of case " + number.text() + " is done already");
                }
                next.tasks.set(index, tasks.get(index).doneBy(entry.account(), entry.at()));
            }
        }
        return next.build();
    }

    /** Whether {@code vessel} is among the case's vessels already (by any identity both give). */
    public boolean involves(CaseVessel vessel) {
        return vessels.stream().anyMatch(known -> known.sameAs(vessel));
    }

    /** The next task's id: {@code t1}, {@code t2} … */
    public String nextTaskId() {
        return "t" + (tasks.size() + 1);
    }

    private int taskIndex(String taskId) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(taskId)) {
                return i;
            }
        }
        throw new StateConflict("case " + number.text() + " has no task " + taskId);
    }

    private static String codes(CaseState state) {
        return String.join(", ", state.next().stream().map(CaseState::code).toList());
    }

    /** The fields an entry changes, gathered before the next immutable case is made. */
    private static final class Builder {
        private final IncidentCase before;
        private final Instant at;
        private String unitId;
        private String leadPersonId;
        private CaseState state;
        private final List<CaseVessel> vessels;
        private final List<CaseParty> parties;
        private final List<CaseTask> tasks;
        private final List<SourceRef> sources;

        Builder(IncidentCase before, Instant at) {
            this.before = before;
            this.at = at;
            this.unitId = before.unitId;
            this.leadPersonId = before.leadPersonId;
            this.state = before.state;
            this.vessels = new ArrayList<>(before.vessels);
            this.parties = new ArrayList<>(before.parties);
            this.tasks = new ArrayList<>(before.tasks);
            this.sources = new ArrayList<>(before.sources);
        }

        IncidentCase build() {
            return new IncidentCase(before.id, before.number, before.kindId, before.severity, before.title,
                    before.occurredAt, before.place, unitId, leadPersonId, state, vessels, parties, tasks, sources,
                    before.openedAt, before.openedBy, at, before.entries + 1);
        }
    }
}
