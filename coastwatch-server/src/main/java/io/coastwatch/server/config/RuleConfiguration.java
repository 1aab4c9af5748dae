package io.coastwatch.server.config;

import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.operations.registry.usecase.Fleet;
import io.coastwatch.server.registry.RegistryService;
import io.coastwatch.server.rule.RuleService;
import io.coastwatch.server.zone.ZoneService;
import io.coastwatch.store.Database;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Detection: the fleet registry, the zones and registry in force kept up to date in the engine's rule
 * stage (assembled in {@link EngineConfiguration}) as they change, and the rule instances — each seeded
 * into an empty store from {@code coastwatch.registry.seed} and {@code coastwatch.rules.seed}.
 */
@Configuration(proxyBeanMethods = false)
public class RuleConfiguration {

    @Bean
    RegistryService registryService(Database database, CoastwatchProperties properties, Clock clock) {
        RegistryService registry = new RegistryService(database.registry(),
                new Fleet(database.transactions(), database.audit(), database.fleet(), clock));
        registry.seed(properties.registry().seed());
        return registry;
    }

    /** Zone and registry changes reach the rule engine (the zones also once now). */
    @Bean(destroyMethod = "close")
    AutoCloseable zonesAndRegistryToRules(RuleEngine engine, ZoneService zones, RegistryService registry) {
        AutoCloseable zoneSubscription = zones.subscribe(engine::replaceZones);
        AutoCloseable registrySubscription = registry.subscribe(engine::replaceRegistry);
        return () -> {
            zoneSubscription.close();
            registrySubscription.close();
        };
    }

    @Bean
    RuleService ruleService(Database database, RuleEngine engine, CoastwatchProperties properties, Clock clock) {
        RuleService rules = new RuleService(database.rules(), database.transactions(), database.audit(), engine, clock);
        rules.seed(properties.rules().seed());
        return rules;
    }
}
