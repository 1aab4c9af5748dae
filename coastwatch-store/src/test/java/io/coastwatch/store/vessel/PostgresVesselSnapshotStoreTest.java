package io.coastwatch.store.vessel;

import io.coastwatch.store.testing.Backend;

class PostgresVesselSnapshotStoreTest extends VesselSnapshotStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
