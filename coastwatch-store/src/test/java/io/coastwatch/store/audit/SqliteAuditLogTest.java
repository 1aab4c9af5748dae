package io.coastwatch.store.audit;

import io.coastwatch.store.testing.Backend;

class SqliteAuditLogTest extends AuditLogContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
