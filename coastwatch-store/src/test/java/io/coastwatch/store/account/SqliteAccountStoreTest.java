package io.coastwatch.store.account;

import io.coastwatch.store.testing.Backend;

class SqliteAccountStoreTest extends AccountStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
