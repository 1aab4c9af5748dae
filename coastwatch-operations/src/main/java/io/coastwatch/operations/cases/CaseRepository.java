package io.coastwatch.operations.cases;

import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * The cases (port; the store implements it on SQLite and PostgreSQL): each case's timeline, appended to
 * and never changed, and a summary of each for the board and the searches. Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface CaseRepository {

    /** The case with {@code id}, as its timeline makes it. */
    Optional<IncidentCase> find(String id);

    /** The timeline of the case with {@code id}, oldest first; empty when there is no such case. */
    List<CaseEntry> timeline(String id);

    /**
     * Appends {@code entry} to its case's timeline and keeps the case's summary as {@code after} (the
     * case with the entry applied). The first entry creates the case.
     *
     * @throws io.coastwatch.operations.common.StateConflict when the case has an entry of that sequence already
     */
    void append(CaseEntry entry, IncidentCase after);

    /** Takes the next sequence of {@code unitId}'s cases in {@code year} (1 for its first), in the caller's transaction. */
    int takeSequence(String unitId, int year);

    /** The cases that pass {@code query}, last happened first, a page of them, and how many pass. */
    Page search(CaseQuery query);

    /**
     * What the cases that pass {@code query} count (its limit and offset ignored), in the form the
     * reports count them: vụ, đối tượng, phương tiện.
     */
    Tally tally(CaseQuery query);

    /** The cases {@code source} is linked to, newest first. */
    List<CaseSummary> linkedTo(SourceRef source);

    /** A page of cases and how many pass the query in all. */
    record Page(long total, List<CaseSummary> cases) {
        public Page {
            cases = List.copyOf(cases);
        }
    }

    /**
     * The counts of a set of cases.
     *
     * @param cases the cases (vụ)
     * @param persons the persons they count (đối tượng), {@link CaseSummary#persons()}
     * @param vessels the vessels they count (phương tiện)
     */
    record Tally(long cases, long persons, long vessels) {
    }
}
