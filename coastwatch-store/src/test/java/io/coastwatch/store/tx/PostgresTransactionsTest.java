package io.coastwatch.store.tx;

import io.coastwatch.store.testing.Backend;

class PostgresTransactionsTest extends TransactionsContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
