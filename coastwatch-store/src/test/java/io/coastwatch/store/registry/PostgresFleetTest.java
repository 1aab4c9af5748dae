package io.coastwatch.store.registry;

import io.coastwatch.store.testing.Backend;

class PostgresFleetTest extends FleetContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
