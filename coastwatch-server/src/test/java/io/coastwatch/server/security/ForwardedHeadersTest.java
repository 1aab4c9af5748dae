package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.coastwatch.server.CoastwatchApplication;
import io.coastwatch.server.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server behind a reverse proxy on this machine ({@code coastwatch.security.trusted-proxies: 127.0.0.1}):
 * the proxy's {@code X-Forwarded-For} is the address the log-in throttle counts and the security log
 * writes, and its {@code X-Forwarded-Proto: https} makes the session cookie {@code Secure}. (That the
 * headers are ignored from an address not configured is {@code AccountLifeCycleTest}'s, on the shared
 * server, which trusts no proxy.)
 */
@SpringBootTest(classes = CoastwatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "coastwatch.admin.password=" + ForwardedHeadersTest.ADMIN_PASSWORD,
            "coastwatch.security.trusted-proxies=127.0.0.1",
            "coastwatch.security.lockout.account-attempts=1000",
            "coastwatch.security.lockout.address-attempts=2",
            "coastwatch.security.lockout.initial-delay=1h",
            "coastwatch.security.lockout.max-delay=1h",
            "server.address=127.0.0.1"
        })
class ForwardedHeadersTest {
    static final String ADMIN_PASSWORD = "admin-password-behind-a-proxy";

    @LocalServerPort
    private int port;

    private final ListAppender<ILoggingEvent> securityLog = new ListAppender<>();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        try {
            String directory = Files.createTempDirectory("coastwatch-proxy").toString();
            registry.add("coastwatch.data-dir", () -> directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void listen() {
        securityLog.start();
        ((Logger) LoggerFactory.getLogger("io.coastwatch.security")).addAppender(securityLog);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger("io.coastwatch.security")).detachAppender(securityLog);
    }

    @Test
    void theThrottleAndTheSecurityLogSeeTheClientBehindTheProxy() {
        Api anonymous = new Api(port);
        for (int i = 0; i < 3; i++) { // past the two free failures: the address is held
            assertEquals(401, logIn(anonymous, "10.9.8.7", null, "nobody", "a-wrong-password").status());
        }
        Api.Response held = logIn(anonymous, "10.9.8.7", null, "admin", ADMIN_PASSWORD);
        assertEquals(429, held.status(), "the officer's address guessed too often: " + held.body());
        Api.Response other = logIn(anonymous, "10.9.8.8", null, "admin", ADMIN_PASSWORD);
        assertEquals(200, other.status(), "another officer behind the same proxy is not held: " + other.body());

        List<String> lines = securityLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("authentication failed user=\"nobody\" from=10.9.8.7 ")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("authentication succeeded user=\"admin\" from=10.9.8.8 ")),
                lines.toString());
        assertFalse(lines.stream().anyMatch(line -> line.contains("from=127.0.0.1")), "never the proxy's: " + lines);
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxyServedHttps() {
        Api anonymous = new Api(port);
        String overHttps = logIn(anonymous, "10.9.8.20", "https", "admin", ADMIN_PASSWORD).headers()
                .allValues("Set-Cookie").toString();
        assertTrue(overHttps.contains("Secure") && overHttps.contains("HttpOnly"), overHttps);
        String overHttp = logIn(anonymous, "10.9.8.21", "http", "admin", ADMIN_PASSWORD).headers()
                .allValues("Set-Cookie").toString();
        assertFalse(overHttp.contains("Secure"), overHttp);
    }

    /** A log-in as the proxy forwards it: from {@code client}, over {@code protocol} (or none said). */
    static Api.Response logIn(Api anonymous, String client, String protocol, String username, String password) {
        HttpRequest.Builder request = anonymous.request("/api/v1/session").header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}"));
        if (protocol != null) {
            request.header("X-Forwarded-Proto", protocol);
        }
        return anonymous.send(request);
    }
}
