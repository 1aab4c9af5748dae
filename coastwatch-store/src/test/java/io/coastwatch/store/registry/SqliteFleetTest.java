package io.coastwatch.store.registry;

import io.coastwatch.store.testing.Backend;

class SqliteFleetTest extends FleetContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
