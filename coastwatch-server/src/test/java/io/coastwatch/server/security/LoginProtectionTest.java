package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.CoastwatchApplication;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ConsoleSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server with HTTP Basic turned off, a short session timeout and a strict lock-out: Basic credentials
 * authenticate nothing, an idle session ends, and failed log-ins hold first the account, then the
 * address, with {@code 429} and {@code Retry-After}.
 */
@SpringBootTest(classes = CoastwatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "coastwatch.admin.password=" + LoginProtectionTest.ADMIN_PASSWORD,
            "coastwatch.security.basic=false",
            "coastwatch.security.session-timeout=3s",
            "coastwatch.security.lockout.account-attempts=2",
            "coastwatch.security.lockout.address-attempts=8",
            "coastwatch.security.lockout.initial-delay=1h",
            "coastwatch.security.lockout.max-delay=1h",
            "server.address=127.0.0.1"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginProtectionTest {
    static final String ADMIN_PASSWORD = "admin-password-for-lock-out";

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        try {
            Path directory = Files.createTempDirectory("coastwatch-lockout");
            registry.add("coastwatch.data-dir", directory::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void basicCredentialsAuthenticateNothingWhenTurnedOff() {
        Api anonymous = new Api(port);
        Api.Response basic = anonymous.basic("admin", ADMIN_PASSWORD).get("/api/v1/vessels");
        assertEquals(401, basic.status(), basic.body());
        ConsoleSession console = new ConsoleSession(anonymous.base());
        assertEquals(200, console.login("admin", ADMIN_PASSWORD, null).status(), "a session still signs in");
        Api.Response token = console.json("POST", "/api/v1/tokens", "{\"label\":\"script\"}", true);
        assertEquals(201, token.status(), token.body());
        assertEquals(200, anonymous.bearer(token.json().get("token").asString()).get("/api/v1/vessels").status(),
                "and so does a bearer token");
    }

    @Test
    @Order(2)
    void aSessionUnusedForItsTimeoutEnds() throws InterruptedException {
        ConsoleSession console = new ConsoleSession(new Api(port).base());
        assertEquals(200, console.login("admin", ADMIN_PASSWORD, null).status());
        Thread.sleep(1500);
        assertEquals(200, console.get("/api/v1/session").status(), "in use: kept");
        Thread.sleep(4500);
        assertEquals(401, console.get("/api/v1/session").status(), "unused for longer than 3 s: ended");
    }

    @Test
    @Order(3)
    void failedLogInsHoldTheAccountThenTheAddress() {
        Api anonymous = new Api(port);
        ConsoleSession administrator = new ConsoleSession(anonymous.base());
        assertEquals(200, administrator.login("admin", ADMIN_PASSWORD, null).status());
        for (String username : new String[] {"lock-a", "lock-b"}) {
            Api.Response created = administrator.json("POST", "/api/v1/accounts", "{\"username\":\"" + username
                    + "\",\"password\":\"" + username + "-long-password\",\"roles\":[{\"role\":\"viewer\",\"unitId\":\"*\"}]}",
                    true);
            assertEquals(201, created.status(), created.body());
        }

        Api.Response issued = administrator.json("POST", "/api/v1/tokens", "{\"label\":\"script behind the router\"}", true);
        assertEquals(201, issued.status(), issued.body());
        Api script = anonymous.bearer(issued.json().get("token").asString());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, new ConsoleSession(anonymous.base()).login("lock-a", "not-the-password", null).status());
        }
        Api.Response held = new ConsoleSession(anonymous.base()).login("lock-a", "lock-a-long-password", null);
        assertEquals(429, held.status(), "the right password too, once the account is held: " + held.body());
        assertEquals("throttled", held.json().get("code").asString());
        String retryAfter = held.header("Retry-After");
        assertNotNull(retryAfter);
        assertTrue(Long.parseLong(retryAfter) > 3000, retryAfter);
        assertEquals(200, new ConsoleSession(anonymous.base()).login("lock-b", "lock-b-long-password", null).status(),
                "another account from the same address is not held");

        for (int i = 0; i < 6; i++) {
            new ConsoleSession(anonymous.base()).login("guess-" + i, "guess", null);
        }
        Api.Response address = new ConsoleSession(anonymous.base()).login("lock-b", "lock-b-long-password", null);
        assertEquals(429, address.status(), "an address that guessed too often is held: " + address.body());
        assertEquals(429, anonymous.bearer("cw_not-a-token").get("/api/v1/vessels").status(), "and its tokens' guesses");
        assertEquals(200, script.get("/api/v1/vessels").status(), "a token that verifies still passes from a held address");
    }
}
