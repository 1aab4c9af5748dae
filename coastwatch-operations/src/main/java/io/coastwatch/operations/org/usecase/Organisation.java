package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.operations.org.Agency;
import io.coastwatch.operations.org.AgencyRepository;
import io.coastwatch.operations.org.OrganisationForms;
import io.coastwatch.operations.org.Person;
import io.coastwatch.operations.org.PersonRepository;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.ResourceRepository;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the organisation's use cases work on: the transaction, the audit log, the four repositories,
 * the catalogue (agencies' competences) and the clock. And the one rule of who may change the
 * organisation: a system administrator anywhere, a commander (chỉ huy) within their unit's subtree as
 * it stands today; agencies only for whoever may change the whole command. Immutable and thread-safe.
 */
public record Organisation(Transactions transactions, AuditLog audit, UnitRepository units,
        AgencyRepository agencies, PersonRepository persons, ResourceRepository resources, Catalog catalog,
        Clock clock) {

    /** The calendar of the command's days: Vietnam time (GMT+7). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Set<Role> MAY_CHANGE = Set.of(Role.SYSTEM_ADMIN, Role.COMMANDER);

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /**
     * @throws OutOfScope unless {@code actor} may change the records of {@code unitId} (every unit's
     *     when {@code null}: a root unit, an agency)
     */
    void requireMayChange(Actor actor, String unitId) {
        Actor changer = new Actor(actor.account(), actor.personId(), actor.assignments().stream()
                .filter(assignment -> MAY_CHANGE.contains(assignment.role())).toList());
        if (changer.isSystem()) {
            return;
        }
        UnitScope scope = UnitScope.of(changer, units.treeOn(today()));
        boolean allowed = unitId == null ? scope.everything() : scope.includesUnit(unitId);
        if (changer.assignments().isEmpty() || !allowed) {
            throw new OutOfScope(actor.account() + " may not change the organisation"
                    + (unitId == null ? " of the whole command" : " of unit " + unitId));
        }
    }

    /**
     * Appends {@code actor}'s write to the audit log, in the caller's transaction; a unit version, agency,
     * person or resource is written as its {@link OrganisationForms} fields, the shape the API and the
     * files give it.
     */
    void audited(Actor actor, String unitId, String action, String entity, String entityId, Object before,
            Object after) {
        audit.append(AuditRecord.of(actor, unitId, action, entity, entityId, form(before), form(after)));
    }

    private static Object form(Object record) {
        return switch (record) {
            case null -> null;
            case Unit unit -> OrganisationForms.fields(unit);
            case Agency agency -> OrganisationForms.fields(agency);
            case Person person -> OrganisationForms.fields(person);
            case Resource resource -> OrganisationForms.fields(resource);
            default -> record;
        };
    }
}
