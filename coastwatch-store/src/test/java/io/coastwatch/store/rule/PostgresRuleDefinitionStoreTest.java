package io.coastwatch.store.rule;

import io.coastwatch.store.testing.Backend;

class PostgresRuleDefinitionStoreTest extends RuleDefinitionStoreContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
