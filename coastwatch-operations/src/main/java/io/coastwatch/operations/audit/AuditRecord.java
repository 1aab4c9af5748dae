package io.coastwatch.operations.audit;

import io.coastwatch.operations.access.Actor;
import java.util.Objects;

/**
 * What a use case appends to the audit log for one write: who, in which unit, did what to which
 * record, and the record before and after. The log adds the sequence number, the time and the hashes.
 * Immutable.
 *
 * @param account the actor's account ({@code system:<job>} for a job)
 * @param unitId the unit the record belongs to (or the actor acted from), or {@code null}
 * @param action a kebab-case verb: {@code create}, {@code update}, {@code close}, {@code clear-departure} …
 * @param entity the kind of record, kebab-case: {@code unit}, {@code account}, {@code trip} …
 * @param entityId the record's id
 * @param before the record before the write (a record or map the store writes as JSON), or {@code null} when created
 * @param after the record after the write, or {@code null} when removed
 */
public record AuditRecord(String account, String unitId, String action, String entity, String entityId,
        Object before, Object after) {

    public AuditRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
    }

    /** The record of {@code actor}'s write. */
    public static AuditRecord of(Actor actor, String unitId, String action, String entity, String entityId,
            Object before, Object after) {
        return new AuditRecord(actor.account(), unitId, action, entity, entityId, before, after);
    }
}
