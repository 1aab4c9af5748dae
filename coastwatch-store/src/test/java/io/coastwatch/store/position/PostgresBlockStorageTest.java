package io.coastwatch.store.position;

import io.coastwatch.store.testing.Backend;

class PostgresBlockStorageTest extends BlockStorageContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
