package io.coastwatch.operations.cases;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a case, one entry of its timeline: the case is these events in order
 * ({@link IncidentCase#replay}). Events are appended, never changed: the timeline is evidence. Each
 * event's {@link #action()} is the verb the audit log records it under. Immutable.
 */
public sealed interface CaseEvent {

    /** The audit's action: {@code open}, {@code change-state}, {@code add-note} … */
    String action();

    /** Whether an officer wrote it (a note), rather than the system recording what was done. */
    default boolean officersEntry() {
        return false;
    }

    /**
     * The case was opened.
     *
     * @param source what it was opened from, or {@code null} when opened by hand
     */
    record Opened(CaseNumber number, String kindId, Severity severity, String title, Instant occurredAt, CasePlace place,
            String unitId, String leadPersonId, List<CaseVessel> vessels, SourceRef source) implements CaseEvent {

        public Opened {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kindId, "kindId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(unitId, "unitId");
            vessels = List.copyOf(vessels);
        }

        @Override
        public String action() {
            return "open";
        }
    }

    /** The case moved from one state to another; a move out of closed or unfounded is a reopening. */
    record StateChanged(CaseState from, CaseState to, String comment) implements CaseEvent {

        public StateChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String action() {
            return from.reopensInto(to) ? "reopen" : "change-state";
        }
    }

    /** An alert, tip, control or other record joined the case. */
    record Linked(SourceRef source, String summary) implements CaseEvent {

        public Linked {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String action() {
            return "link";
        }
    }

    /** The case was given to a unit and its lead officer (a person of the organisation, or none). */
    record Assigned(String unitId, String leadPersonId, String comment) implements CaseEvent {

        public Assigned {
            Objects.requireNonNull(unitId, "unitId");
        }

        @Override
        public String action() {
            return "assign";
        }
    }

    /** An officer's entry in the timeline. */
    record NoteAdded(String text) implements CaseEvent {

        public NoteAdded {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String action() {
            return "add-note";
        }

        @Override
        public boolean officersEntry() {
            return true;
        }
    }

    /** A vessel was found to be involved. */
    record VesselAdded(CaseVessel vessel) implements CaseEvent {

        public VesselAdded {
            Objects.requireNonNull(vessel, "vessel");
        }

        @Override
        public String action() {
            return "add-vessel";
        }
    }

    /** A person was found to be involved. */
    record PartyAdded(CaseParty party) implements CaseEvent {

        public PartyAdded {
            Objects.requireNonNull(party, "party");
        }

        @Override
        public String action() {
            return "add-party";
        }
    }

    /** A task was given. */
    record TaskAdded(CaseTask task) implements CaseEvent {

        public TaskAdded {
            Objects.requireNonNull(task, "task");
        }

        @Override
        public String action() {
            return "add-task";
        }
    }

    /** A task was reported done. */
    record TaskDone(String taskId) implements CaseEvent {

        public TaskDone {
            Objects.requireNonNull(taskId, "taskId");
        }

        @Override
        public String action() {
            return "complete-task";
        }
    }
}
