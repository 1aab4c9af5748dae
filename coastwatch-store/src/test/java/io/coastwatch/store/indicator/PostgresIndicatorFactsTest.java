package io.coastwatch.store.indicator;

import io.coastwatch.store.testing.Backend;

class PostgresIndicatorFactsTest extends IndicatorFactsContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
