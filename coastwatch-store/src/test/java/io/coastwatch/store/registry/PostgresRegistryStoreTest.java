package io.coastwatch.store.registry;

import io.coastwatch.store.testing.Backend;

class PostgresRegistryStoreTest extends RegistryStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
