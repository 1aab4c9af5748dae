package io.coastwatch.operations.audit;

import java.util.Optional;

/**
 * The append-only audit log (port; the store implements it on SQLite and PostgreSQL). No method
 * changes or removes an entry. Thread-safe.
 */
public interface AuditLog {

    /**
     * Appends {@code record} as the next entry, in the caller's
     * {@link io.coastwatch.operations.common.Transactions#write transaction}: it is kept if and only
     * if the write it records commits. Entries are chained in commit order.
     *
     * @return the entry as stored
     * @throws IllegalStateException when called outside a transaction
     */
    AuditEntry append(AuditRecord record);

    /**
     * Checks the whole chain from its first entry ({@link AuditChain#verify}).
     *
     * @return the first entry that breaks it; empty when it is whole
     */
    Optional<AuditChain.Break> verify();
}
