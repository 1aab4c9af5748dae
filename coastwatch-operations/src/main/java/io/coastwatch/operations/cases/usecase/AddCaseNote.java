package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.InvalidRequest;

/** Writes an officer's entry in a case's timeline, of at most {@link #MAX_LENGTH} characters. Audited as {@code add-note}. */
public final class AddCaseNote {

    /** The most characters a note holds. */
    public static final int MAX_LENGTH = 4_000;

    private final CaseDesk desk;

    public AddCaseNote(CaseDesk desk) {
        this.desk = desk;
    }

    /** @throws InvalidRequest naming {@code text} when it is blank or too long */
    public IncidentCase execute(Actor actor, UnitScope scope, String caseId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw InvalidRequest.of("text", "required", "a note needs its text");
        }
        if (note.length() > MAX_LENGTH) {
            throw InvalidRequest.of("text", "too-long", "a note holds at most " + MAX_LENGTH + " characters");
        }
        return desk.record(actor, scope, caseId, new CaseEvent.NoteAdded(note));
    }
}
