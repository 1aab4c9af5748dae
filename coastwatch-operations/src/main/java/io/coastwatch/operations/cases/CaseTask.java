package io.coastwatch.operations.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Who does what by when in a case. Immutable: completing it is a new value ({@link #doneBy}).
 *
 * @param id the task's id within the case ({@code t1}, {@code t2} …)
 * @param what what is to be done
 * @param assignee who does it
 * @param due by when
 * @param doneAt when it was reported done, or {@code null}
 * @param doneBy the account that reported it done, or {@code null}
 */
public record CaseTask(String id, String what, Assignee assignee, Instant due, Instant doneAt, String doneBy) {

    public CaseTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(due, "due");
    }

    /** Whether it is done. */
    public boolean done() {
        return doneAt != null;
    }

    /** Whether it is not done and its time is past at {@code now}. */
    public boolean overdueAt(Instant now) {
        return !done() && now.isAfter(due);
    }

    /** The task reported done by {@code account} at {@code at}. */
    public CaseTask doneBy(String account, Instant at) {
        return new CaseTask(id, what, assignee, due, at, account);
    }

    /** A unit, person or agency given a task. */
    public enum AssigneeKind {
        UNIT, PERSON, AGENCY;

        /** As the API names it: {@code unit}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Who a task is given to.
     *
     * @param kind a unit, a person or an agency of the organisation
     * @param id its id in the organisation
     */
    public record Assignee(AssigneeKind kind, String id) {

        public Assignee {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }
}
