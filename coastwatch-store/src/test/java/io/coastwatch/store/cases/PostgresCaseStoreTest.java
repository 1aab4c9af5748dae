package io.coastwatch.store.cases;

import io.coastwatch.store.testing.Backend;

class PostgresCaseStoreTest extends CaseStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
