package io.coastwatch.store.alert;

import io.coastwatch.store.testing.Backend;

class SqliteAlertStoreTest extends AlertStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
