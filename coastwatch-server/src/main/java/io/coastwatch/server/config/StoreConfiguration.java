package io.coastwatch.server.config;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.source.SourceDefinitionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store (SQLite in the data directory unless configured otherwise) and its parts as beans. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Database database(CoastwatchProperties properties) {
        if (properties.store().jdbcUrl() == null || properties.store().jdbcUrl().isBlank()) {
            try {
                Files.createDirectories(properties.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + properties.dataDir(), e);
            }
        }
        return Database.open(new StoreSettings(properties.effectiveJdbcUrl(), properties.store().user(),
                properties.store().password(), properties.store().positionRetention()));
    }

    @Bean
    PositionStore positionStore(Database database) {
        return database.positions();
    }

    @Bean
    AccountStore accountStore(Database database) {
        return database.accounts();
    }

    @Bean
    SourceDefinitionStore sourceDefinitionStore(Database database) {
        return database.sources();
    }
}
