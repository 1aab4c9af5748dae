package io.coastwatch.store.source;

import io.coastwatch.store.testing.Backend;

class PostgresSourceDefinitionStoreTest extends SourceDefinitionStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
