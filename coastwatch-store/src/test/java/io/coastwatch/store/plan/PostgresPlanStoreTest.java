package io.coastwatch.store.plan;

import io.coastwatch.store.testing.Backend;

class PostgresPlanStoreTest extends PlanStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
