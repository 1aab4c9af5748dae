package io.coastwatch.store.position;

import java.util.Collection;

/** What differs between dialects in the {@code position_blocks} table: partitions. */
interface PositionTable {

    /**
     * Makes the table ready to take blocks starting at these times (on PostgreSQL: creates missing
     * partitions, each in a transaction of its own: never call it inside a transaction on the table).
     */
    void prepareFor(Collection<Long> firstTimesMillis);

    /** Creates what the next days' blocks will need (on PostgreSQL: this and the next partition). */
    void createAhead(long nowMillis);

    /**
     * Drops whole partitions whose every block ends before {@code timeMillis}; returns how many fixes
     * they held. Without partitions (SQLite): nothing, 0.
     */
    long dropOlderThan(long timeMillis);
}
