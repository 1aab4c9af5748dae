package io.coastwatch.server.org;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.usecase.Organisation;
import io.coastwatch.store.Database;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organisation's use cases over the store, and its seed ({@code coastwatch.organisation.seed}) when
 * the store holds no unit at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrganisationProperties.class)
public class OrganisationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationConfiguration.class);

    /** The units and their versions: also what {@code server/security/Scopes} computes scopes from. */
    @Bean
    UnitRepository unitRepository(Database database) {
        return database.units();
    }

    @Bean
    Organisation organisation(Database database, UnitRepository units, Clock clock, OrganisationProperties properties) {
        Organisation organisation = new Organisation(database.transactions(), database.audit(), units,
                database.agencies(), database.persons(), database.resources(), Catalog.seeded(), clock);
        int seeded = OrganisationSeed.seed(organisation, properties.seed());
        if (seeded > 0) {
            LOG.info("organisation seeded from '{}': {} records", properties.seed(), seeded);
        }
        return organisation;
    }
}
