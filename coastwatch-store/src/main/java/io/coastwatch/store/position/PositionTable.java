package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import java.util.List;

/** What differs between dialects in the {@code positions} table: partitions and retention. */
interface PositionTable {

    /** Makes the table ready to take {@code batch} (on PostgreSQL: creates missing partitions). */
    void prepareFor(List<PositionFix> batch);

    /** Creates what the next days' fixes will need (on PostgreSQL: this and the next partition). */
    void createAhead(long nowMillis);

    /** Deletes every fix older than {@code timeMillis}; returns how many (estimated for dropped partitions). */
    long deleteOlderThan(long timeMillis);
}
