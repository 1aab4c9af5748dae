package io.coastwatch.server.cli;

import io.coastwatch.server.config.CoastwatchProperties;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The settings the server would run with, for commands that work on its store from outside: Spring
 * Boot reads them exactly as {@code serve} does (the built-in {@code application.yml}, the {@code --config}
 * file, environment variables, {@code --data}), in a context that binds them and starts nothing else.
 */
final class ServerSettings {

    private ServerSettings() {
    }

    /** The store {@code serve --data dataDir --config config} would open (either may be {@code null}). */
    static StoreSettings store(Path dataDir, Path config) {
        List<String> args = new ArrayList<>();
        args.add("--spring.main.log-startup-info=false");
        args.add("--logging.level.root=warn");
        if (dataDir != null) {
            args.add("--coastwatch.data-dir=" + dataDir.toAbsolutePath());
        }
        if (config != null) {
            args.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Binding.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new))) {
            CoastwatchProperties properties = context.getBean(CoastwatchProperties.class);
            return new StoreSettings(properties.effectiveJdbcUrl(), properties.store().user(),
                    properties.store().password(), properties.store().positionRetention());
        }
    }

    /** Binds {@code coastwatch.*} and nothing else. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CoastwatchProperties.class)
    static class Binding {
    }
}
