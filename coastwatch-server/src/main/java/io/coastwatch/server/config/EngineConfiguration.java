package io.coastwatch.server.config;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
import io.coastwatch.engine.pipeline.PipelineStats;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.store.Database;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The engine: the pipeline (deduplicate → track → history → rules → live picture) over the store's position
 * history and vessel snapshots, with the bundled land mask of the Vietnam region; and its meters
 * (ingest counts, queue depth, drops, duplicates, implausible fixes, vessels).
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    /** The bundled land of the Vietnam region (Natural Earth 1:10m): plausibility and distances to the coast. */
    @Bean
    LandMask landMask() {
        return LandMask.vietnamRegion();
    }

    /**
     * Started here (restoring the live picture), closed at shutdown (queue drained, snapshots saved, positions
     * flushed). The rule engine runs on its writer thread after the tracker; the rule instances are loaded
     * first (the rule service), so that at start they rebuild their state from the restored vessels and the
     * stored positions of the warm-up window ({@code coastwatch.rules.warm-up}) before any live input.
     */
    @Bean(destroyMethod = "close")
    @DependsOn("ruleService")
    Pipeline pipeline(Database database, CoastwatchProperties properties, LandMask land, RuleEngine rules) {
        CoastwatchProperties.Engine engine = properties.engine();
        PipelineSettings settings = new PipelineSettings(engine.queueCapacity(), engine.duplicateWindow().toMillis(),
                engine.duplicateCapacity(), engine.snapshotInterval().toMillis());
        Pipeline pipeline = new Pipeline(settings, new VesselTracker(new PlausibilityCheck(land)),
                database.positions(), database.vessels(), rules);
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
