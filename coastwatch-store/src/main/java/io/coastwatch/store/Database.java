package io.coastwatch.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.source.SourceDefinitionStore;

/**
 * An open store: SQLite or PostgreSQL, migrated to the current schema when opened. Its parts share
 * the database; all are thread-safe. Closing it flushes pending positions and closes connections.
 */
public interface Database extends AutoCloseable {

    /** Opens (creating and migrating as needed) the store that {@code settings} name. */
    static Database open(StoreSettings settings) {
        throw new UnsupportedOperationException("implemented by the store helper: see JdbcDatabase");
    }

    PositionStore positions();

    VesselSnapshotStore vessels();

    AccountStore accounts();

    SourceDefinitionStore sources();

    @Override
    void close();
}
