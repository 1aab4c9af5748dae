package io.coastwatch.store.position;

import java.util.Collection;

/** The SQLite {@code position_blocks} table: one table clustered on (vessel, first time); no partitions. */
final class SqlitePositionTable implements PositionTable {

    @Override
    public void prepareFor(Collection<Long> firstTimesMillis) {
        // one table: nothing to create
    }

    @Override
    public void createAhead(long nowMillis) {
        // one table: nothing to create
    }

    @Override
    public long dropOlderThan(long timeMillis) {
        return 0; // one table: retention deletes rows
    }
}
