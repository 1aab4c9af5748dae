package io.coastwatch.server;

import io.coastwatch.server.config.CoastwatchProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Coastwatch server (started by {@code coastwatch serve}). */
@SpringBootApplication
@EnableConfigurationProperties(CoastwatchProperties.class)
public class CoastwatchApplication {
}
