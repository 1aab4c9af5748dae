package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitKind;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.server.CoastwatchApplication;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on against a real OpenID Connect provider ({@code mock-oauth2-server}, in this process on a
 * random loopback port: discovery, JWKS, authorization code flow, refresh tokens): the console's log-in
 * through the provider and the refresh of its tokens, bearer JWTs from scripts, the provider's claims as
 * a hint that the server's unit tree and the server's own assignments overrule, and an account disabled
 * on the server refused whatever the provider says; a JWT of another issuer, of another client (audience),
 * expired or forged is refused.
 */
@SpringBootTest(classes = CoastwatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "coastwatch.admin.password=" + SignOnTest.ADMIN_PASSWORD,
            "coastwatch.security.oidc.client-id=coastwatch-console",
            "coastwatch.security.oidc.client-secret=console-secret",
            "coastwatch.security.oidc.display-name=Keycloak BĐBP",
            "server.address=127.0.0.1"
        })
@Import(SignOnTest.Organisation.class)
class SignOnTest {
    static final String ADMIN_PASSWORD = "admin-password-for-sign-on";
    private static final String REALM = "bdbp";
    private static final MockOAuth2Server PROVIDER = startProvider();

    @LocalServerPort
    private int port;

    private Api anonymous;
    private Api admin;

    /**
     * The provider, started once for the class; it answers its discovery document and keys before the
     * server starts, so that the server's first use of them (a log-in, a bearer JWT) does not wait for the
     * provider's own warm-up on a loaded machine.
     */
    private static MockOAuth2Server startProvider() {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        try (HttpClient http = HttpClient.newHttpClient()) {
            URI discovery = URI.create(provider.wellKnownUrl(REALM).toString());
            String document = Await.until("the provider's discovery document", Duration.ofSeconds(60),
                    () -> answer(http, discovery), body -> body != null && body.contains("jwks_uri"));
            URI keys = URI.create(Api.parse(document).get("jwks_uri").asString());
            Await.until("the provider's keys", Duration.ofSeconds(60), () -> answer(http, keys),
                    body -> body != null && body.contains("\"keys\""));
        }
        return provider;
    }

    /** The body of a 200 answer to {@code uri}, or {@code null}. */
    private static String answer(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("coastwatch.security.oidc.issuer", () -> PROVIDER.issuerUrl(REALM).toString());
        try {
            String directory = Files.createTempDirectory("coastwatch-sign-on").toString();
            registry.add("coastwatch.data-dir", () -> directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    /** The units of the test: the command, two stations with their areas. */
    @TestConfiguration
    static class Organisation {
        @Bean
        @Primary
        UnitRepository units() {
            Validity always = Validity.from(LocalDate.of(2020, 1, 1));
            List<Unit> units = List.of(
                    new Unit("bdbp-nt", "BĐBP-NT", UnitKind.COMMAND, new Label("Bộ Chỉ huy BĐBP Ninh Thuận",
                            "Ninh Thuan Border Guard command"), null, List.of(), null, null, List.of(), always),
                    new Unit("don-ca-na", "ĐCN", UnitKind.STATION, new Label("Đồn Biên phòng Cà Ná", "Ca Na station"),
                            "bdbp-nt", List.of("ca-na-waters"), null, null, List.of(), always),
                    new Unit("don-ninh-chu", "ĐNC", UnitKind.STATION, new Label("Đồn Biên phòng Ninh Chữ",
                            "Ninh Chu station"), "bdbp-nt", List.of("ninh-chu-waters"), null, null, List.of(), always));
            return new FixedUnits(units);
        }
    }

    @BeforeEach
    void clients() {
        anonymous = new Api(port);
        admin = anonymous.basic("admin", ADMIN_PASSWORD);
    }

    @Test
    void theConsoleSignsInThroughTheProviderAndRefreshesItsTokens() throws Exception {
        assertEquals("[{\"name\":\"Keycloak BĐBP\",\"loginUrl\":\"/oauth2/authorization/coastwatch\"}]",
                anonymous.get("/api/v1/session/providers").body());
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(REALM, "kc-officer-1", "JWT", List.of("coastwatch-console"),
                Map.of("preferred_username", "sso-officer", "roles", List.of("station-officer"), "unit", "don-ca-na"),
                30));
        drainProviderRequests();
        Browser browser = new Browser();
        HttpResponse<String> landed = browser.get("/oauth2/authorization/coastwatch");
        assertEquals(200, landed.statusCode(), landed.uri() + " " + landed.body());
        assertEquals("/", landed.uri().getPath(), "back on the console: " + landed.uri());

        JsonNode session = Api.parse(browser.get("/api/v1/session").body());
        assertEquals("sso-officer", session.get("username").asString(), session.toString());
        assertEquals("sign-on-session", session.get("via").asString());
        assertEquals("station-officer", session.get("roles").get(0).get("role").asString());
        assertEquals("don-ca-na", session.get("roles").get(0).get("unitId").asString(), "the claim's unit, in the tree");
        assertEquals(200, browser.get("/api/v1/vessels").statusCode());

        // The access token lives 30 s, within the client's 60 s of clock skew: the next request refreshes it.
        List<String> grants = drainProviderRequests();
        assertTrue(grants.contains("authorization_code"), grants.toString());
        assertTrue(grants.contains("refresh_token"), "the session's tokens were refreshed: " + grants);
        assertEquals(200, browser.get("/api/v1/session").statusCode(), "still signed in after the refresh");

        Api.Response disabled = admin.put("/api/v1/accounts/sso-officer", "application/json",
                "{\"roles\":[],\"enabled\":false}");
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, browser.get("/api/v1/session").statusCode(), "disabled on the server: the session ends");
    }

    @Test
    void aScriptsBearerJwtActsForItsAccount() {
        Api script = anonymous.bearer(jwt("kc-script-1", Map.of("preferred_username", "sso-script",
                "roles", List.of("viewer"), "unit", "bdbp-nt")));
        assertEquals(200, script.get("/api/v1/vessels").status());
        JsonNode session = script.get("/api/v1/session").json();
        assertEquals("sso-script", session.get("username").asString());
        assertEquals("sign-on-token", session.get("via").asString());
        assertEquals(403, script.post("/api/v1/sources", "application/json", "{}").status(), "a viewer's token");

        Api otherRealm = anonymous.bearer(PROVIDER.issueToken("elsewhere", "kc-script-1", "coastwatch-console",
                Map.of("preferred_username", "sso-script")).serialize());
        assertEquals(401, otherRealm.get("/api/v1/vessels").status(), "another issuer's token");
        Api otherClient = anonymous.bearer(PROVIDER.issueToken(REALM, "kc-script-1", "fisheries-portal",
                Map.of("preferred_username", "sso-script")).serialize());
        assertEquals(401, otherClient.get("/api/v1/vessels").status(), "a token the provider issued for another client");
        Api expired = anonymous.bearer(PROVIDER.issueToken(REALM, "kc-script-1", "coastwatch-console",
                Map.of("preferred_username", "sso-script"), -120).serialize());
        assertEquals(401, expired.get("/api/v1/vessels").status(), "an expired token");
        String token = jwt("kc-script-1", Map.of("preferred_username", "sso-script"));
        Api tampered = anonymous.bearer(token.substring(0, token.length() - 4) + "AAAA");
        assertEquals(401, tampered.get("/api/v1/vessels").status(), "a token whose signature does not verify");
    }

    @Test
    void theServersTreeAndAssignmentsOverruleTheProvidersClaims() {
        Api gone = anonymous.bearer(jwt("kc-moved-1", Map.of("preferred_username", "sso-moved",
                "roles", List.of("station-officer"), "unit", "don-phan-ri")));
        assertEquals(200, gone.get("/api/v1/session").status());
        assertEquals(0, gone.get("/api/v1/session").json().get("roles").size(), "a unit the tree does not hold gives nothing");
        assertEquals(403, gone.get("/api/v1/vessels").status());

        Api.Response assigned = admin.put("/api/v1/accounts/sso-moved", "application/json",
                "{\"roles\":[{\"role\":\"station-officer\",\"unitId\":\"don-ninh-chu\"}],\"enabled\":true}");
        assertEquals(200, assigned.status(), assigned.body());
        Api claimsCaNa = anonymous.bearer(jwt("kc-moved-1", Map.of("preferred_username", "sso-moved",
                "roles", List.of("commander"), "unit", "don-ca-na")));
        JsonNode roles = claimsCaNa.get("/api/v1/session").json().get("roles");
        assertEquals(1, roles.size(), roles.toString());
        assertEquals("station-officer", roles.get(0).get("role").asString(), "the server's assignment, not the claim's");
        assertEquals("don-ninh-chu", roles.get(0).get("unitId").asString());
    }

    @Test
    void anAccountDisabledOnTheServerIsRefusedWhateverTheProviderSays() {
        Api script = anonymous.bearer(jwt("kc-revoked-1", Map.of("preferred_username", "sso-revoked",
                "roles", List.of("duty-officer"), "unit", "bdbp-nt")));
        assertEquals(200, script.get("/api/v1/vessels").status());
        Api.Response disabled = admin.put("/api/v1/accounts/sso-revoked", "application/json",
                "{\"roles\":[],\"enabled\":false}");
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, script.get("/api/v1/vessels").status(), "the same valid JWT");
        assertEquals(401, anonymous.bearer(jwt("kc-revoked-1", Map.of("preferred_username", "sso-revoked")))
                .get("/api/v1/vessels").status(), "and a fresh one");

        Api impostor = anonymous.bearer(jwt("kc-someone-else", Map.of("preferred_username", "sso-revoked")));
        assertEquals(401, impostor.get("/api/v1/vessels").status(), "another identity cannot take the account's name");
        assertEquals(401, anonymous.bearer(jwt("kc-admin", Map.of("preferred_username", "admin")))
                .get("/api/v1/vessels").status(), "nor a local account's");
    }

    private static String jwt(String subject, Map<String, Object> claims) {
        return PROVIDER.issueToken(REALM, subject, "coastwatch-console", claims).serialize();
    }

    /** The grant types of the token requests the provider received since the last call. */
    private static List<String> drainProviderRequests() throws InterruptedException {
        List<String> grants = new ArrayList<>();
        while (true) {
            RecordedRequest request;
            try {
                request = PROVIDER.takeRequest(200, TimeUnit.MILLISECONDS);
            } catch (RuntimeException none) { // the provider throws when no request came within the timeout
                return grants;
            }
            String body = request.getBody().readUtf8();
            for (String pair : body.split("&")) {
                if (pair.startsWith("grant_type=")) {
                    grants.add(pair.substring("grant_type=".length()));
                }
            }
        }
    }

    /** A browser: cookies kept, redirects followed (to the provider and back). */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The units of the test as a port implementation: fixed versions, nothing saved. */
    private record FixedUnits(List<Unit> units) implements UnitRepository {
        FixedUnits {
            units = List.copyOf(units);
        }

        @Override
        public List<Unit> validOn(LocalDate day) {
            return units.stream().filter(unit -> unit.validity().covers(day)).toList();
        }

        @Override
        public List<Unit> history(String unitId) {
            return units.stream().filter(unit -> unit.id().equals(unitId)).toList();
        }

        @Override
        public List<Unit> all() {
            return List.copyOf(units);
        }

        @Override
        public void save(Unit version) {
            throw new UnsupportedOperationException("the test's units are fixed");
        }
    }
}
