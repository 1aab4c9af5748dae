package io.coastwatch.store.org;

import io.coastwatch.store.testing.Backend;

class SqliteOrganisationTest extends OrganisationContract {
    @Override
    protected Backend backend() {
        return Backend.SQLITE;
    }
}
