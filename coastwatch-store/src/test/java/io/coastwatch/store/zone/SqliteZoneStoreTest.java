package io.coastwatch.store.zone;

import io.coastwatch.store.testing.Backend;

class SqliteZoneStoreTest extends ZoneStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
