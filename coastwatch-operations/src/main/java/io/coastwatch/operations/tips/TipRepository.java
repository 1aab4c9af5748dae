package io.coastwatch.operations.tips;

import java.util.List;
import java.util.Optional;

/**
 * The tips (port; the store implements it on SQLite and PostgreSQL). Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface TipRepository {

    Optional<Tip> find(String id);

    /**
     * Stores {@code tip}: a new one, or the next value of a stored one whose history it extends (the
     * steps stored stay as they are; the new ones are appended).
     *
     * @throws io.coastwatch.operations.common.StateConflict when the stored tip has steps {@code tip} lacks
     *     (it was changed meanwhile)
     */
    void save(Tip tip);

    /** The tips that pass {@code query}, last observed first, a page of them, and how many pass. */
    Page search(TipQuery query);

    /** How many tips pass {@code query}, for the indicators (its limit and offset ignored). */
    long count(TipQuery query);

    /** A page of tips and how many pass the query in all. */
    record Page(long total, List<Tip> tips) {
        public Page {
            tips = List.copyOf(tips);
        }
    }
}
