package io.coastwatch.operations.cases.usecase;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.cases.CaseEntry;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CaseNumber;
import io.coastwatch.operations.cases.CasePlace;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.usecase.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Opens a case: by hand, or for what another part found ({@link CaseIntakeService}). It takes the next
 * number of the assigned unit's cases of the year, starts the timeline with the opening (and the
 * record it came from, linked both ways) and audits it, in one transaction. The kind must be in the
 * shared catalogue on the day it happened; the unit, in the actor's scope.
 */
public final class OpenCase {

    private final CaseDesk desk;

    public OpenCase(CaseDesk desk) {
        this.desk = desk;
    }

    /**
     * What a new case holds.
     *
     * @param kindId its kind, from the shared catalogue
     * @param severity how urgent
     * @param title a line that says what it is
     * @param occurredAt when it happened
     * @param place where
     * @param unitId the unit it is assigned to, which numbers it
     * @param leadPersonId the lead officer, or {@code null}
     * @param vessels the vessels known involved
     * @param source the record it is opened from, or {@code null} when by hand
     */
    public record Request(String kindId, Severity severity, String title, Instant occurredAt, CasePlace place,
            String unitId, String leadPersonId, List<CaseVessel> vessels, SourceRef source) {

        public Request {
            Objects.requireNonNull(kindId, "kindId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(unitId, "unitId");
            vessels = List.copyOf(vessels);
        }
    }

    /**
     * @return the case as opened
     * @throws InvalidRequest naming {@code kindId}, {@code occurredAt}, {@code unitId} or {@code leadPersonId}
     * @throws io.coastwatch.operations.common.OutOfScope when the unit is outside {@code scope}
     */
    public IncidentCase execute(Actor actor, UnitScope scope, Request request) {
        Instant now = desk.clock().instant();
        if (request.occurredAt().isAfter(now)) {
            throw InvalidRequest.of("occurredAt", "out-of-range", "a case cannot have happened after now");
        }
        if (desk.catalog().incidentKind(request.kindId(), request.occurredAt().atZone(Organisation.VIETNAM).toLocalDate())
                .isEmpty()) {
            throw InvalidRequest.of("kindId", "unknown-value", "the catalogue has no incident kind " + request.kindId()
                    + " on the day it happened");
        }
        return desk.transactions().write(() -> {
            Unit unit = desk.unitInScope(scope, "unitId", request.unitId());
            desk.requirePerson("leadPersonId", request.leadPersonId());
            int year = now.atZone(Organisation.VIETNAM).getYear();
            CaseNumber number = new CaseNumber(unit.id(), unit.code(), year, desk.cases().takeSequence(unit.id(), year));
            String id = "vv-" + UUID.randomUUID();
            CaseEntry first = new CaseEntry(id, 1, now, actor.account(), new CaseEvent.Opened(number, request.kindId(),
                    request.severity(), request.title(), request.occurredAt(), request.place(), unit.id(),
                    request.leadPersonId(), request.vessels(), request.source()));
            IncidentCase opened = IncidentCase.opened(first);
            desk.cases().append(first, opened);
            desk.audit().append(AuditRecord.of(actor, unit.id(), "open", CaseDesk.ENTITY, id, null, opened));
            return opened;
        });
    }
}
