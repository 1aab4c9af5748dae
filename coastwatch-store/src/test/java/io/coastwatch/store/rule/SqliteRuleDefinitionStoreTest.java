package io.coastwatch.store.rule;

import io.coastwatch.store.testing.Backend;

class SqliteRuleDefinitionStoreTest extends RuleDefinitionStoreContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
