package io.coastwatch.server.console;

import io.coastwatch.server.support.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser tests: a server of their own, on a database of their own (the simulated traffic
 * they feed stays out of the other tests' shared server), with the demo zones seeded at start as
 * {@code coastwatch.zones.seed} does in a deployment. Each subclass names its database with
 * {@link #databaseUrl} in a {@code @DynamicPropertySource} of its own ({@link ServerTest} sets the
 * data directory, which a subclass cannot replace).
 */
@TestPropertySource(properties = "coastwatch.zones.seed=demo")
abstract class ConsoleServerTest extends ServerTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    /** The directory of this test class's database. */
    abstract Path databaseDirectory();

    /** A SQLite database in a new temporary directory: its JDBC URL. */
    static String databaseUrl(Path directory) {
        return "jdbc:sqlite:" + directory.resolve("coastwatch.db");
    }

    @BeforeEach
    void onItsOwnDatabase() {
        if (!Files.exists(databaseDirectory().resolve("coastwatch.db"))) {
            throw new IllegalStateException("the console tests' server does not use " + databaseDirectory());
        }
    }

    /** Opens the console and logs in as admin; returns when the page says it is ready. */
    void logIn(Browser browser) {
        browser.open(anonymous.base() + "/");
        browser.waitFor("the login form", WAIT, () -> browser.find("#login").isDisplayed());
        browser.find("#login-username").sendKeys("admin");
        browser.find("#login-password").sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        browser.waitFor("the console", WAIT, () -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("coastwatch-console-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
