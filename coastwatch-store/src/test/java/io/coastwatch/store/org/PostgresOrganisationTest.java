package io.coastwatch.store.org;

import io.coastwatch.store.testing.Backend;

class PostgresOrganisationTest extends OrganisationContract {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
