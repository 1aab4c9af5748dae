package io.coastwatch.store.vessel;

import io.coastwatch.store.testing.Backend;

class SqliteVesselSnapshotStoreTest extends VesselSnapshotStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
