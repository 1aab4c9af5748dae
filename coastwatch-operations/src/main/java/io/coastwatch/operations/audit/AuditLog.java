package io.coastwatch.operations.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only audit log (port; the store implements it on SQLite and PostgreSQL). No method
 * changes or removes an entry, and the store refuses to (its tables reject updates and deletes).
 * Thread-safe.
 *
 * <p>A use case appends in its transaction, last, after its own writes (the chain's head stays locked
 * from the append to the commit, so appending last keeps other writers waiting least):
 * <pre>{@code
 * return transactions.write(() -> {
 *     Unit before = units.latest(id).orElseThrow(() -> new NotFound("no unit " + id));
 *     units.save(after);
 *     audit.append(AuditRecord.of(actor, after.id(), "update", "unit", id, before, after));
 *     return after;
 * });
 * }</pre>
 */
public interface AuditLog {

    /**
     * Appends {@code record} as the next entry, in the caller's
     * {@link io.coastwatch.operations.common.Transactions#write transaction}: it is kept if and only
     * if the write it records commits. Entries are chained in commit order: concurrent transactions
     * wait for each other from their append to their commit.
     *
     * @return the entry as stored
     * @throws IllegalStateException when called outside a transaction
     * @throws IllegalArgumentException when {@code before} or {@code after} cannot be written as JSON
     */
    AuditEntry append(AuditRecord record);

    /** The last entry's seq and hash as the log records them apart from the entries ({@link AuditChain.Head#GENESIS} when empty). */
    AuditChain.Head head();

    /**
     * Checks the whole chain from its first entry and against the head ({@link AuditChain#verify}).
     * Reads the entries in pages; writers are not held up.
     */
    AuditChain.Verification verify();

    /**
     * The entries that match {@code query}, newest first, at most {@link AuditQuery#limit()} of them,
     * all with a seq below {@link AuditQuery#beforeSeq()} when it is set (the next page starts below the
     * last seq of this one).
     */
    List<AuditEntry> find(AuditQuery query);

    /**
     * Every entry that matches {@code query} (its limit and {@code beforeSeq} ignored), oldest first,
     * handed to {@code sink} one at a time and never held all at once: an export of a period for an
     * inspector. An export of a whole period (no account, entity or unit filter) is a run of consecutive
     * entries, re-verifiable from its first entry's {@code previousHash}.
     */
    void export(AuditQuery query, Consumer<AuditEntry> sink);
}
