package io.coastwatch.store.indicator;

import io.coastwatch.store.testing.Backend;

class SqliteIndicatorFactsTest extends IndicatorFactsContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
