package io.coastwatch.server.config;

import io.coastwatch.ais.RejectReason;
import io.coastwatch.server.live.LiveWebSocketHandler;
import io.coastwatch.server.source.Refusal;
import io.coastwatch.server.source.SourceManager;
import io.coastwatch.server.source.SourceState;
import io.coastwatch.server.source.SourceStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer meters (served at {@code /actuator/prometheus}): per source (tag {@code source}) lines,
 * messages, rejections by reason, refusals by reason, drops at the engine's queue, reconnects, rate and whether it is
 * connected; the live feed's sent, coalesced and dropped updates and its clients. Meters of a source
 * removed through the API are removed with it.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    MeterBinder sourceMeters(SourceManager sources) {
        return registry -> {
            Map<String, List<Meter>> meters = new ConcurrentHashMap<>();
            sources.all().forEach(running -> meters.put(running.definition().id(), register(registry, running)));
            sources.listen(running -> meters.put(running.definition().id(), register(registry, running)),
                    running -> meters.getOrDefault(running.definition().id(), List.of()).forEach(registry::remove));
        };
    }

    @Bean
    MeterBinder liveMeters(LiveWebSocketHandler live) {
        return registry -> {
            FunctionCounter.builder("coastwatch.live.updates.sent", live, l -> l.stats().sent())
                    .description("vessel updates sent to WebSocket clients").register(registry);
            FunctionCounter.builder("coastwatch.live.updates.coalesced", live, l -> l.stats().coalesced())
                    .description("updates superseded before a throttled or slow client took them").register(registry);
            FunctionCounter.builder("coastwatch.live.updates.dropped", live, l -> l.stats().dropped())
                    .description("updates dropped because a client had too many waiting").register(registry);
            Gauge.builder("coastwatch.live.clients", live, LiveWebSocketHandler::clients)
                    .description("WebSocket clients connected").register(registry);
        };
    }

    private static List<Meter> register(MeterRegistry registry, SourceManager.Running running) {
        SourceStats stats = running.source().stats();
        Tags tags = Tags.of("source", running.definition().id());
        List<Meter> meters = new ArrayList<>();
        meters.add(counter(registry, "coastwatch.source.lines", "lines read", tags, stats, SourceStats.Snapshot::lines));
        meters.add(counter(registry, "coastwatch.source.messages", "AIS messages decoded", tags, stats,
                SourceStats.Snapshot::messages));
        meters.add(counter(registry, "coastwatch.source.dropped", "messages dropped because the engine's queue was full",
                tags, stats, SourceStats.Snapshot::droppedByIngest));
        meters.add(counter(registry, "coastwatch.source.reconnects", "reconnections", tags, stats,
                SourceStats.Snapshot::reconnects));
        for (RejectReason reason : RejectReason.values()) {
            meters.add(counter(registry, "coastwatch.source.rejected", "lines rejected, by reason",
                    tags.and("reason", reason.name().toLowerCase(Locale.ROOT)), stats,
                    s -> s.rejectedByReason().get(reason)));
        }
        meters.add(counter(registry, "coastwatch.source.rejected", "lines rejected, by reason",
                tags.and("reason", "oversized_line"), stats, SourceStats.Snapshot::oversizedLines));
        for (Refusal refusal : Refusal.values()) {
            meters.add(counter(registry, "coastwatch.source.refused", "connections, datagrams and messages refused by policy",
                    tags.and("reason", refusal.slug()), stats, s -> s.refusedByReason().get(refusal)));
        }
        meters.add(Gauge.builder("coastwatch.source.rate", stats, SourceStats::messagesPerSecond)
                .description("messages per second over the last minute").baseUnit("messages/s").tags(tags)
                .register(registry));
        meters.add(Gauge.builder("coastwatch.source.up", stats,
                        s -> s.state() == SourceState.CONNECTED || s.state() == SourceState.LISTENING ? 1 : 0)
                .description("1 when connected or listening").tags(tags).register(registry));
        return meters;
    }

    private static Meter counter(MeterRegistry registry, String name, String description, Tags tags, SourceStats stats,
            ToLongFunction<SourceStats.Snapshot> count) {
        return FunctionCounter.builder(name, stats, s -> count.applyAsLong(s.snapshot()))
                .description(description).tags(tags).register(registry);
    }
}
