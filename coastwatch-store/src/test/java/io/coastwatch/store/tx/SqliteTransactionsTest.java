package io.coastwatch.store.tx;

import io.coastwatch.store.testing.Backend;

class SqliteTransactionsTest extends TransactionsContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
