package io.coastwatch.operations.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's timeline: an event, who recorded it and when. Immutable.
 *
 * @param caseId the case
 * @param sequence its place in the case's timeline, from 1
 * @param at when it was recorded
 * @param account who recorded it ({@code system:<job>} for a job)
 * @param event what happened
 */
public record CaseEntry(String caseId, int sequence, Instant at, String account, CaseEvent event) {

    public CaseEntry {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(event, "event");
        if (sequence < 1) {
            throw new IllegalArgumentException("a timeline entry's sequence starts at 1, not " + sequence);
        }
    }
}
