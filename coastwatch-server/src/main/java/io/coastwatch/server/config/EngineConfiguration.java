package io.coastwatch.server.config;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Engine;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.pipeline.PipelineStats;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.EventClock;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.registry.RegistryService;
import io.coastwatch.server.rule.RuleService;
import io.coastwatch.server.zone.ZoneService;
import io.coastwatch.store.Database;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine, assembled once by {@link Engine#builder()} in the order of {@code docs/architecture.md}:
 * deduplicate → track → history → zones → rules → alerts → live, over the store's position history and
 * vessel snapshots, with the bundled land mask of the Vietnam region, the zones and registry in force and
 * the alert worker; and its meters (ingest counts, queue depth, drops, duplicates, implausible fixes,
 * vessels).
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    /** The bundled land of the Vietnam region (Natural Earth 1:10m): plausibility and distances to the coast. */
    @Bean
    LandMask landMask() {
        return LandMask.vietnamRegion();
    }

    /** The vessel states: written by the engine's writer thread, read by anyone (alert views name vessels from it). */
    @Bean
    VesselTracker vesselTracker(LandMask land) {
        return new VesselTracker(new PlausibilityCheck(land));
    }

    /** The assembled engine, not started: its rules are loaded first (the rule service), then the pipeline starts. */
    @Bean
    Engine engine(Database database, CoastwatchProperties properties, LandMask land, VesselTracker tracker,
            ZoneService zones, RegistryService registry, AlertWorker alerts) {
        CoastwatchProperties.Engine engine = properties.engine();
        return Engine.builder()
                .deduplicate(new PipelineSettings(engine.queueCapacity(), engine.duplicateWindow().toMillis(),
                        engine.duplicateCapacity(), engine.snapshotInterval().toMillis()))
                .track(tracker)
                .history(database.positions(), database.vessels())
                .zones(new EngineEnvironment(zones.zones(), registry.current(), land))
                .rules(new StandardRules(), List.of(),
                        properties.rules().warmUp())
                .eventClock(EventClock.Bounds.live(Clock.systemUTC(), engine.clockMaxAhead()))
                .alerts(alerts)
                .build();
    }

    /** The rule stage of the engine, which the rule, zone and registry services keep up to date. */
    @Bean
    RuleEngine ruleEngine(Engine engine) {
        return engine.rules();
    }

    /**
     * Started here, once the rule service has loaded the rule instances into the engine (hence its
     * parameter): at start the rules rebuild their state from the restored vessels and the stored positions
     * of the warm-up window ({@code coastwatch.rules.warm-up}) before any live input. Closed at shutdown
     * (queue drained, snapshots saved, positions flushed).
     */
    @Bean(destroyMethod = "close")
    Pipeline pipeline(Engine engine, RuleService rulesLoaded) {
        Pipeline pipeline = engine.pipeline();
        pipeline.start();
        return pipeline;
    }

    @Bean
    MeterBinder engineMeters(Pipeline pipeline) {
        return registry -> {
            counter(registry, pipeline, "coastwatch.engine.offered", "inputs offered to the engine", PipelineStats::offered);
            counter(registry, pipeline, "coastwatch.engine.dropped", "inputs dropped because the engine's queue was full",
                    PipelineStats::dropped);
            counter(registry, pipeline, "coastwatch.engine.duplicates", "messages heard again within the window, skipped",
                    PipelineStats::duplicates);
            counter(registry, pipeline, "coastwatch.engine.processed", "inputs applied to the vessel states",
                    PipelineStats::processed);
            counter(registry, pipeline, "coastwatch.engine.failures", "inputs whose processing failed",
                    PipelineStats::failures);
            for (Plausibility reason : Plausibility.values()) {
                if (reason != Plausibility.PLAUSIBLE) {
                    FunctionCounter.builder("coastwatch.engine.implausible", pipeline, p -> p.stats().implausible(reason))
                            .description("position fixes judged implausible, by reason")
                            .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry);
                }
            }
            gauge(registry, pipeline, "coastwatch.engine.queue.depth", "inputs waiting for the engine", s -> s.queueDepth());
            gauge(registry, pipeline, "coastwatch.engine.vessels", "vessels in the live picture", s -> s.vessels());
        };
    }

    private static void counter(io.micrometer.core.instrument.MeterRegistry registry, Pipeline pipeline, String name,
            String description, ToDoubleFunction<PipelineStats> value) {
        FunctionCounter.builder(name, pipeline, p -> value.applyAsDouble(p.stats())).description(description).register(registry);
    }

    private static void gauge(io.micrometer.core.instrument.MeterRegistry registry, Pipeline pipeline, String name,
            String description, ToDoubleFunction<PipelineStats> value) {
        Gauge.builder(name, pipeline, p -> value.applyAsDouble(p.stats())).description(description).register(registry);
    }
}
