package io.coastwatch.store.position;

import io.coastwatch.store.testing.Backend;

class SqlitePositionStoreTest extends PositionStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
