package io.coastwatch.operations.cases.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.cases.CaseEntry;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseRepository;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.operations.org.AgencyRepository;
import io.coastwatch.operations.org.PersonRepository;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.usecase.Organisation;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What the case use cases work on — the transaction, the audit log, the cases, the organisation, the
 * shared catalogue and the clock — and the rules they share: a case belongs to the unit it is assigned
 * to; whoever's scope holds that unit sees it and acts on it (a case out of scope is not found, so that
 * its existence is not disclosed); every entry is appended and audited in one transaction. Which roles
 * may act is the access table's. Immutable and thread-safe.
 */
public record CaseDesk(Transactions transactions, AuditLog audit, CaseRepository cases, UnitRepository units,
        PersonRepository persons,
        AgencyRepository agencies, Catalog catalog, Clock clock) {

    /** The audit's entity of a case. */
    public static final String ENTITY = "case";

    /** Today in Vietnam, the calendar of units' and kinds' validity and of case numbers. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Organisation.VIETNAM));
    }

    /**
     * The case with {@code id} if {@code scope} holds it.
     *
     * @throws NotFound when there is none, or it is out of scope
     */
    public IncidentCase visible(UnitScope scope, String id) {
        return cases.find(id).filter(found -> scope.includesUnit(found.unitId()))
                .orElseThrow(() -> new NotFound("no case " + id));
    }

    /**
     * Appends {@code event} to the case's timeline as {@code actor}'s, audited with the case before and
     * after, in one transaction.
     *
     * @return the case after it
     * @throws NotFound when the case is not in {@code scope}
     * @throws io.coastwatch.operations.common.StateConflict when the case's state does not allow it
     */
    public IncidentCase record(Actor actor, UnitScope scope, String caseId, CaseEvent event) {
        return transactions.write(() -> {
            IncidentCase before = visible(scope, caseId);
            CaseEntry entry = new CaseEntry(caseId, before.nextSequence(), clock.instant(), actor.account(), event);
            IncidentCase after = before.apply(entry);
            cases.append(entry, after);
            audit.append(AuditRecord.of(actor, after.unitId(), event.action(), ENTITY, caseId, before, after));
            return after;
        });
    }

    /**
     * The unit {@code unitId} as the organisation has it today, and in {@code scope}.
     *
     * @throws InvalidRequest naming {@code field} when the organisation has no such unit today
     * @throws OutOfScope when it is outside {@code scope}
     */
    public Unit unitInScope(UnitScope scope, String field, String unitId) {
        Unit unit = units.on(unitId, today())
                .orElseThrow(() -> InvalidRequest.of(field, "unknown-unit", "the organisation has no unit " + unitId + " today"));
        if (!scope.includesUnit(unitId)) {
            throw new OutOfScope("unit " + unitId + " is outside your scope");
        }
        return unit;
    }

    /** @throws InvalidRequest naming {@code field} when {@code personId} is not a person of the organisation */
    void requirePerson(String field, String personId) {
        if (personId != null && persons.find(personId).isEmpty()) {
            throw InvalidRequest.of(field, "unknown-value", "the organisation has no person " + personId);
        }
    }
}
