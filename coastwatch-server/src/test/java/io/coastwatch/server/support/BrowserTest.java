package io.coastwatch.server.support;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser tests: per test class, a server of its own on a database of its own
 * ({@link OwnDatabase}), with the demo zones seeded at start as {@code coastwatch.zones.seed} does in a
 * deployment, and one real Chromium ({@link #browser}, 1366×768) that the class's tests share in order
 * and that is closed after the last. A subclass adds its own {@code @TestPropertySource} for what it
 * seeds more (the demo organisation, a deeper alert queue). Without Chromium the tests are skipped on a
 * developer's machine and fail on CI ({@link Browser#requireInstalled}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ContextCustomizerFactories(OwnDatabase.class)
@TestPropertySource(properties = "coastwatch.zones.seed=demo")
public abstract class BrowserTest extends ServerTest {
    /** How long a browser test waits for the page: generous, for a loaded machine. */
    protected static final Duration WAIT = Duration.ofSeconds(60);

    /** The class's browser, opened before its first test. */
    protected Browser browser;

    @BeforeEach
    void browserOnItsOwnDatabase() {
        Browser.requireInstalled();
        if (!Files.exists(OwnDatabase.directory(getClass()).resolve("coastwatch.db"))) {
            throw new IllegalStateException("the browser test's server does not use " + OwnDatabase.directory(getClass()));
        }
        if (browser == null) {
            browser = new Browser(1366, 768);
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens the console in the class's browser and logs in as admin; returns when the page says it is ready. */
    protected void logIn() {
        logIn(browser, "admin", ADMIN_PASSWORD);
    }

    /**
     * Opens the console in {@code on} (the class's browser, or another a test opens for a second person or
     * another window size) and logs in as {@code username}; returns when the page says it is ready.
     */
    protected void logIn(Browser on, String username, String password) {
        on.open(anonymous.base() + "/");
        on.waitFor("the login form", WAIT, () -> on.find("#login").isDisplayed());
        on.find("#login-username").sendKeys(username);
        on.find("#login-password").sendKeys(password, Keys.ENTER);
        on.waitFor("the console", WAIT, () -> "true".equals(on.find("body").getDomAttribute("data-ready")));
    }
}
