package io.coastwatch.operations.cases;

import io.coastwatch.engine.alert.Severity;
import java.time.Instant;
import java.util.Objects;

/**
 * A case as the board and searches list it, without its timeline. Immutable.
 *
 * @param id the case's record id
 * @param number its number, as written ({@code 45/VV-ĐBPCN})
 * @param kindId its kind, from the shared catalogue
 * @param severity how urgent it is
 * @param title a line that says what it is
 * @param state where it stands
 * @param unitId the unit it is assigned to
 * @param leadPersonId the lead officer, or {@code null}
 * @param occurredAt when it happened
 * @param place where
 * @param openedAt when it was opened
 * @param updatedAt when its last entry was recorded
 * @param persons the persons it counts (đối tượng): those involved but for witnesses and reporters
 * @param vessels the vessels it counts (phương tiện)
 */
public record CaseSummary(String id, String number, String kindId, Severity severity, String title, CaseState state,
        String unitId, String leadPersonId, Instant occurredAt, CasePlace place, Instant openedAt, Instant updatedAt,
        int persons, int vessels) {

    public CaseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
    }

    /** The summary of {@code incident}. */
    public static CaseSummary of(IncidentCase incident) {
        int persons = (int) incident.parties().stream()
                .filter(party -> party.role() != PartyRole.WITNESS && party.role() != PartyRole.REPORTER).count();
        return new CaseSummary(incident.id(), incident.number().text(), incident.kindId(), incident.severity(),
                incident.title(), incident.state(), incident.unitId(), incident.leadPersonId(), incident.occurredAt(),
                incident.place(), incident.openedAt(), incident.updatedAt(), persons, incident.vessels().size());
    }
}
