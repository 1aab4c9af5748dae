package io.coastwatch.server.vessel;

import io.coastwatch.store.testing.EmbeddedPostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The vessel API's tests again, with the server on PostgreSQL (an embedded server started by the test):
 * ingest, the live picture, tracks and their exports work the same on both stores.
 */
class PostgresVesselApiTest extends VesselApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.instance();
        String database = server.newDatabase();
        registry.add("coastwatch.store.jdbc-url", () -> server.jdbcUrl(database));
        registry.add("coastwatch.store.user", server::user);
    }
}
