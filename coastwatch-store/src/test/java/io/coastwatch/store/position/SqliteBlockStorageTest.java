package io.coastwatch.store.position;

import io.coastwatch.store.testing.Backend;

class SqliteBlockStorageTest extends BlockStorageContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
