package io.coastwatch.store.zone;

import io.coastwatch.store.testing.Backend;

class PostgresZoneStoreTest extends ZoneStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
