package io.coastwatch.store.tips;

import io.coastwatch.store.testing.Backend;

class SqliteTipStoreTest extends TipStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
