package io.coastwatch.store.source;

import io.coastwatch.store.testing.Backend;

class SqliteSourceDefinitionStoreTest extends SourceDefinitionStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
