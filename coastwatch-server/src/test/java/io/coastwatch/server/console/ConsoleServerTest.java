package io.coastwatch.server.console;

import io.coastwatch.server.support.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser tests: a server of their own, on a database of their own (the simulated traffic
 * they feed stays out of the other tests' shared server), with the demo zones seeded at start as
 * {@code coastwatch.zones.seed} does in a deployment.
 */
@TestPropertySource(properties = "coastwatch.zones.seed=demo")
abstract class ConsoleServerTest extends ServerTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path CONSOLE_DATA_DIR = temporaryDirectory();

    /** The database, by its JDBC URL: {@link ServerTest} already sets the data directory. */
    @DynamicPropertySource
    static void consoleDatabase(DynamicPropertyRegistry registry) {
        registry.add("coastwatch.store.jdbc-url", () -> "jdbc:sqlite:" + CONSOLE_DATA_DIR.resolve("coastwatch.db"));
    }

    @BeforeEach
    void onItsOwnDatabase() {
        if (!Files.exists(CONSOLE_DATA_DIR.resolve("coastwatch.db"))) {
            throw new IllegalStateException("the console tests' server does not use " + CONSOLE_DATA_DIR);
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

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("coastwatch-console-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
