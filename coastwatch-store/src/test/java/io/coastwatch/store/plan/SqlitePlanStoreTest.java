package io.coastwatch.store.plan;

import io.coastwatch.store.testing.Backend;

class SqlitePlanStoreTest extends PlanStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
