package io.coastwatch.store.readiness;

import io.coastwatch.store.testing.Backend;

class SqliteReadinessStoreTest extends ReadinessStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
