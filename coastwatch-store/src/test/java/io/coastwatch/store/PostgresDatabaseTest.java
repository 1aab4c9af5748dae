package io.coastwatch.store;

import io.coastwatch.store.testing.Backend;

class PostgresDatabaseTest extends DatabaseContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
