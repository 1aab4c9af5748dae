package io.coastwatch.store.audit;

import io.coastwatch.store.testing.Backend;

class PostgresAuditLogTest extends AuditLogContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
