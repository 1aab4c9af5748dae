package io.coastwatch.store.registry;

import io.coastwatch.store.testing.Backend;

class SqliteRegistryStoreTest extends RegistryStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
