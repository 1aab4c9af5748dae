package io.coastwatch.store.account;

import io.coastwatch.store.testing.Backend;

class PostgresAccountStoreTest extends AccountStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
