package io.coastwatch.store.readiness;

import io.coastwatch.store.testing.Backend;

class PostgresReadinessStoreTest extends ReadinessStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
