package io.coastwatch.operations.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log as stored: the {@link AuditRecord} with its place in the chain. Immutable.
 *
 * @param seq 1 for the first entry, then one more per entry, without gaps
 * @param time when the entry was appended (the store's clock), to the millisecond
 * @param account who
 * @param unitId in which unit, or {@code null}
 * @param action what
 * @param entity the kind of record
 * @param entityId the record's id
 * @param beforeJson the record before, as the JSON text stored and hashed, or {@code null}
 * @param afterJson the record after, as the JSON text stored and hashed, or {@code null}
 * @param previousHash the hash of entry {@code seq - 1} ({@link AuditChain#GENESIS} for the first)
 * @param hash {@link AuditChain#hash} of this entry's fields and {@code previousHash}
 */
public record AuditEntry(long seq, Instant time, String account, String unitId, String action, String entity,
        String entityId, String beforeJson, String afterJson, String previousHash, String hash) {

    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** This entry as the head of the chain it ends. */
    public AuditChain.Head head() {
        return new AuditChain.Head(seq, hash);
    }
}
