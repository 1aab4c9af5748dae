package io.coastwatch.store.cases;

import io.coastwatch.store.testing.Backend;

class SqliteCaseStoreTest extends CaseStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
