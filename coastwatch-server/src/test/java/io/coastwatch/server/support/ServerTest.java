package io.coastwatch.server.support;

import io.coastwatch.server.CoastwatchApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole server on a random port (real engine, real SQLite store in a
 * temporary directory, real sockets), shared by the test classes through Spring's context cache.
 * {@link #admin} calls the API as {@code admin} with a bearer token.
 */
@SpringBootTest(classes = CoastwatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "coastwatch.admin.password=" + ServerTest.ADMIN_PASSWORD,
            "coastwatch.source-defaults.initial-backoff=100ms",
            "coastwatch.source-defaults.max-backoff=400ms",
            "coastwatch.source-defaults.idle-timeout=5s",
            "coastwatch.engine.snapshot-interval=1s",
            "coastwatch.engine.duplicate-window=0s",
            "server.address=127.0.0.1",
            // every test client calls from 127.0.0.1: the tests' bad credentials must not hold the others back
            "coastwatch.security.lockout.address-attempts=100000"
        })
public abstract class ServerTest {
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final Path DATA_DIR = temporaryDirectory();
    private static final Map<Integer, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

    @Autowired
    private Environment environment;

    protected Api anonymous;
    protected Api admin;
    protected final Nmea nmea = new Nmea();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("coastwatch.data-dir", DATA_DIR::toString);
        registry.add("coastwatch.source-defaults.replay-folders[0]", DATA_DIR::toString);
    }

    /** The folder file sources added through the API may be read in (the data directory). */
    protected static Path replayFolder() {
        return DATA_DIR;
    }

    @BeforeEach
    void clients() {
        int port = Integer.parseInt(environment.getProperty("local.server.port"));
        anonymous = new Api(port);
        String token = ADMIN_TOKENS.computeIfAbsent(port, p -> anonymous.basic("admin", ADMIN_PASSWORD).withNewToken()
                .authorization().substring("Bearer ".length()));
        admin = anonymous.bearer(token);
    }

    /**
     * A client logged in (HTTP Basic) as a new account holding {@code role} in the command: a role slug
     * ({@code station-officer}), or a role of before roles were held per unit ({@code ADMIN},
     * {@code OPERATOR}, {@code VIEWER}, mapped as the migration maps them).
     */
    protected Api newAccount(String username, String role) {
        String slug = switch (role) {
            case "ADMIN" -> "system-admin";
            case "OPERATOR" -> "duty-officer";
            case "VIEWER" -> "viewer";
            default -> role;
        };
        return newAccountWithRoles(username, "{\"role\":\"" + slug + "\",\"unitId\":\"*\"}");
    }

    /** A client logged in (HTTP Basic) as a new account holding the roles of {@code rolesJson} (objects, comma-separated). */
    protected Api newAccountWithRoles(String username, String rolesJson) {
        String password = username + "-password";
        Api.Response created = admin.post("/api/v1/accounts", "application/json", "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\",\"roles\":[" + rolesJson + "]}");
        if (created.status() != 201) {
            throw new AssertionError("account not created: " + created);
        }
        return anonymous.basic(username, password);
    }

    /**
     * Feeds lines through a file-replay source (as fast as possible) and waits until the source has read
     * them all; the source is removed afterwards, what it fed stays.
     */
    protected void replay(String sourceId, java.util.List<String> lines) {
        try {
            Path file = Files.createTempFile(DATA_DIR, sourceId, ".nmea");
            Files.write(file, lines, java.nio.charset.StandardCharsets.US_ASCII);
            Api.Response added = admin.post("/api/v1/sources", "application/json",
                    "{\"id\":\"" + sourceId + "\",\"uri\":\"" + file.toUri() + "?speed=0\"}");
            if (added.status() != 201) {
                throw new AssertionError("replay source not added: " + added);
            }
            // generous: a loaded machine replays two hours of traffic slowly (the wait ends as soon as it is done)
            Await.until("replay " + sourceId + " finished", java.time.Duration.ofSeconds(120),
                    () -> admin.get("/api/v1/sources/" + sourceId).json().get("state").asString().equals("FINISHED"));
            admin.delete("/api/v1/sources/" + sourceId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free TCP port on the loopback address (free when returned; a race is possible but unlikely). */
    protected static int freeTcpPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("coastwatch-server-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
