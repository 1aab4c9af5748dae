package io.coastwatch.server.config;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.server.alert.AlertService;
import io.coastwatch.server.registry.RegistryService;
import io.coastwatch.server.rule.RuleService;
import io.coastwatch.server.zone.ZoneService;
import io.coastwatch.store.Database;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Detection: the fisheries registry, the rule engine (on the pipeline's writer thread, reporting to the
 * alert service) with the zones and registry in force, kept up to date as they change, and the rule
 * instances — each seeded into an empty store from {@code coastwatch.registry.seed} and
 * {@code coastwatch.rules.seed}.
 */
@Configuration(proxyBeanMethods = false)
public class RuleConfiguration {

    @Bean
    RegistryService registryService(Database database, CoastwatchProperties properties) {
        RegistryService registry = new RegistryService(database.registry());
        registry.seed(properties.registry().seed());
        return registry;
    }

    @Bean
    RuleEngine ruleEngine(ZoneService zones, RegistryService registry, LandMask land, AlertService alerts,
            CoastwatchProperties properties) {
        return new RuleEngine(List.of(), new EngineEnvironment(zones.zones(), registry.current(), land),
                new StandardRules(), alerts, properties.rules().warmUp());
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
        RuleService rules = new RuleService(database.rules(), engine, clock);
        rules.seed(properties.rules().seed());
        return rules;
    }
}
