package io.coastwatch.operations.audit;

import java.time.Instant;

/**
 * Which audit entries to read: each field that is set narrows the result. Immutable.
 *
 * @param from entries appended at or after this instant, or {@code null}
 * @param to entries appended before this instant, or {@code null}
 * @param account entries of this account, or {@code null}
 * @param entity entries about this kind of record ({@code unit}, {@code zone}), or {@code null}
 * @param entityId entries about the record with this id (with {@code entity}), or {@code null}
 * @param unitId entries of this unit, or {@code null}
 * @param beforeSeq only entries with a smaller seq (the cursor of the next page), or {@code null}
 * @param limit at most this many entries (1 to {@link #MAX_LIMIT})
 */
public record AuditQuery(Instant from, Instant to, String account, String entity, String entityId, String unitId,
        Long beforeSeq, int limit) {

    /** The most entries one page may hold. */
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ": " + limit);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("to " + to + " must be after from " + from);
        }
    }

    /** Every entry, the first page of {@code limit}. */
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, limit);
    }

    /** Every entry appended in {@code [from, to)}, as an export takes them. */
    public static AuditQuery period(Instant from, Instant to) {
        return new AuditQuery(from, to, null, null, null, null, null, MAX_LIMIT);
    }

    /** The same query for the page below {@code seq}. */
    public AuditQuery before(long seq) {
        return new AuditQuery(from, to, account, entity, entityId, unitId, seq, limit);
    }
}
