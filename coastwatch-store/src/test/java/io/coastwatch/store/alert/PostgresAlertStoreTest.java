package io.coastwatch.store.alert;

import io.coastwatch.store.testing.Backend;

class PostgresAlertStoreTest extends AlertStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
