package io.coastwatch.server.config;

import io.coastwatch.engine.pipeline.Ingest;
import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.server.live.LiveWebSocketHandler;
import io.coastwatch.server.source.SourceManager;
import io.coastwatch.store.Database;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What stands between the engine and the world: the sources (configuration file, command line, then
 * those the API added) and the live WebSocket feed. (The first administrator: {@code security.SecurityConfiguration}.)
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
public class ApiConfiguration {

    @Bean(destroyMethod = "close")
    SourceManager sourceManager(Ingest ingest, Database database, CoastwatchProperties properties, Clock clock) {
        SourceManager manager = new SourceManager(ingest, database.sources(), database.transactions(), database.audit(),
                properties.sourceDefaults().settings(), clock);
        Map<String, String> configured = new LinkedHashMap<>();
        for (CoastwatchProperties.SourceEntry entry : properties.sources()) {
            if (entry.id() == null || entry.uri() == null) {
                throw new IllegalArgumentException("coastwatch.sources: every source needs an id and a uri");
            }
            if (entry.enabled()) {
                configured.put(entry.id(), entry.uri());
            }
        }
        manager.startAll(configured, properties.commandLineSources());
        return manager;
    }

    @Bean(destroyMethod = "close")
    LiveWebSocketHandler liveWebSocketHandler(LivePicture picture, JsonMapper json) {
        return new LiveWebSocketHandler(picture, json);
    }

    @Bean
    WebSocketConfigurer liveEndpoint(LiveWebSocketHandler handler) {
        return registry -> registry.addHandler(handler, "/api/v1/live");
    }
}
