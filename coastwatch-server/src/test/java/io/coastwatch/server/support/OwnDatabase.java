package io.coastwatch.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each test class that names this factory (through {@code @ContextCustomizerFactories}, as
 * {@link BrowserTest} does) a Spring context and a SQLite database of its own: the database lies in a
 * new temporary directory per class, and because the customizer is keyed by the class, Spring's context
 * cache never hands one class's server to another. What a browser test feeds (two hours of simulated
 * traffic, 20,000 vessels) thus stays out of the other tests' shared server. Thread-safe.
 */
public final class OwnDatabase implements ContextCustomizerFactory {
    private static final Map<Class<?>, Path> DIRECTORIES = new ConcurrentHashMap<>();

    /** The directory of {@code testClass}'s database (created on first use). */
    public static Path directory(Class<?> testClass) {
        return DIRECTORIES.computeIfAbsent(testClass, OwnDatabase::newDirectory);
    }

    /** The JDBC URL of {@code testClass}'s database. */
    public static String jdbcUrl(Class<?> testClass) {
        return "jdbc:sqlite:" + directory(testClass).resolve("coastwatch.db");
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer(testClass);
    }

    /** Sets {@code coastwatch.store.jdbc-url} to the class's database, ahead of every other property source. */
    private record Customizer(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                    "own database of " + testClass.getName(), Map.of("coastwatch.store.jdbc-url", jdbcUrl(testClass))));
        }
    }

    private static Path newDirectory(Class<?> testClass) {
        try {
            return Files.createTempDirectory("coastwatch-" + testClass.getSimpleName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
