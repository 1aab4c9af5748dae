package io.coastwatch.store.tips;

import io.coastwatch.store.testing.Backend;

class PostgresTipStoreTest extends TipStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
