package io.coastwatch.server.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through
 * Selenium, with what the browser tests need: screenshots under {@code target/console-screenshots/},
 * polling waits, JavaScript, and the page's console errors (browser log, uncaught errors and
 * rejections, Content-Security-Policy violations). Not thread-safe; close it.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** Collects what the page reports as errors, from before its own scripts run. */
    private static final String ERROR_HOOK = """
            window.__errors = [];
            window.addEventListener('error', e => window.__errors.push('error: ' + e.message));
            window.addEventListener('unhandledrejection', e => window.__errors.push('rejection: ' + (e.reason && e.reason.message || e.reason)));
            document.addEventListener('securitypolicyviolation', e => window.__errors.push('content security policy: '
                + e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            const consoleError = console.error;
            console.error = (...args) => { window.__errors.push('console.error: ' + args.join(' ')); consoleError(...args); };
            """;

    private final ChromeDriver driver;

    /**
     * Skips the calling test when Debian's Chromium or its driver is missing (a developer's machine);
     * fails it on CI ({@code CI=true}), where {@code .ci/run} installs them, so that the browser tests
     * are never lost silently there.
     */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Debian's chromium and chromium-driver are not installed (.ci/run installs them)";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, missing);
        }
        assumeTrue(installed, missing);
    }

    public Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=vi-VN", "--autoplay-policy=no-user-gesture-required",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Polls the condition until it holds, failing with what was awaited (and the page's errors) after the timeout. */
    public void waitFor(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
                last = null;
            } catch (RuntimeException e) {
                last = e; // the element may not exist yet
            }
            pause(Duration.ofMillis(100));
        }
        screenshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what + "; page errors: " + takeErrors(), last);
    }

    /** Saves a PNG of the page as target/console-screenshots/NAME.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors the page reported since the last call (browser log entries at SEVERE, failed loads among
     * them; uncaught errors and rejections; Content-Security-Policy violations; console.error), and forgets them.
     */
    public List<String> takeErrors() {
        List<String> all = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                all.add(entry.getMessage());
            }
        }
        Object page = js("const errors = window.__errors || []; window.__errors = []; return errors;");
        if (page instanceof List<?> list) {
            list.forEach(item -> all.add(String.valueOf(item)));
        }
        return all;
    }

    /** Starts sampling the page's JavaScript (Chrome DevTools' profiler, every 200 µs). */
    public void startProfile() {
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        driver.executeCdpCommand("Profiler.start", Map.of());
    }

    /**
     * Stops sampling; writes the profile as {@code target/console-screenshots/NAME.cpuprofile} (DevTools
     * opens it) and returns the functions that took most of the samples, by their own time, as
     * "12.3 % function url:line" lines.
     */
    public List<String> stopProfile(String name, int top) {
        Map<String, Object> result = driver.executeCdpCommand("Profiler.stop", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) result.get("profile");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
        Map<String, Long> selfHits = new java.util.HashMap<>();
        long total = 0;
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            String url = String.valueOf(frame.get("url"));
            String where = (String.valueOf(frame.get("functionName")).isEmpty() ? "(anonymous)" : frame.get("functionName"))
                    + " " + url.substring(url.lastIndexOf('/') + 1) + ":" + (((Number) frame.get("lineNumber")).intValue() + 1);
            long hits = ((Number) node.getOrDefault("hitCount", 0)).longValue();
            selfHits.merge(where, hits, Long::sum);
            total += hits;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + ".cpuprofile"),
                    tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long all = Math.max(1, total);
        return selfHits.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(entry -> String.format(java.util.Locale.ROOT, "%5.1f %% %s", 100.0 * entry.getValue() / all, entry.getKey()))
                .toList();
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
