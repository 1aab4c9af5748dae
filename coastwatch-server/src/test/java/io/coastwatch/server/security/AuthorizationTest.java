package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Role;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ConsoleSession;
import io.coastwatch.server.support.ServerTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The {@link AccessTable}, endpoint by endpoint: every path and method of the OpenAPI document is called
 * as every role (holding it in the command), anonymously, and from a console session without the CSRF
 * header, and must answer as its row says — refused with the security layer's own 401 or 403, or let
 * through to the controller (whatever it then answers). An endpoint without a row fails the test.
 */
class AuthorizationTest extends ServerTest {
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Map<Role, Api> CALLERS = new EnumMap<>(Role.class);

    private ConsoleSession consoleAdministrator;

    @BeforeEach
    void callers() {
        if (CALLERS.isEmpty()) {
            for (Role role : Role.values()) {
                String assignment = role == Role.LIAISON ? "{\"role\":\"liaison\",\"agencyId\":\"fisheries\"}"
                        : "{\"role\":\"" + role.slug() + "\",\"unitId\":\"*\"}";
                CALLERS.put(role, newAccountWithRoles("authz-" + role.slug(), assignment).withNewToken());
            }
            newAccount("authz-console", "system-admin");
        }
        consoleAdministrator = new ConsoleSession(anonymous.base());
        Api.Response login = consoleAdministrator.login("authz-console", "authz-console-password", null);
        assertEquals(200, login.status(), login.body());
    }

    /** One endpoint and method of the OpenAPI document, its path with every variable filled in. */
    private record Endpoint(HttpMethod method, String template, String path) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() > 40, "the OpenAPI document lists the API: " + endpoints.size());
        List<String> missing = endpoints.stream().filter(e -> AccessTable.find(e.method(), e.template()).isEmpty())
                .map(Endpoint::toString).toList();
        assertEquals(List.of(), missing, "endpoints without a row in AccessTable (add one line each)");

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            AccessTable.Who who = AccessTable.find(endpoint.method(), endpoint.template()).orElseThrow().who();
            check(wrong, endpoint, "anonymous", anonymous, who.allowsAnonymous(), 401, "authentication-required");
            for (Role role : Role.values()) {
                check(wrong, endpoint, role.slug(), CALLERS.get(role), who.allows(Set.of(role)), 403, "role-not-allowed");
            }
            checkConsoleWithoutCsrf(wrong, endpoint, who.allows(Set.of(Role.SYSTEM_ADMIN)));
        }
        assertEquals(List.of(), wrong, "answers that differ from the access table");
    }

    @Test
    void headIsAnsweredAsItsGet() {
        Api viewer = CALLERS.get(Role.VIEWER);
        assertEquals(403, viewer.send(viewer.request("/api/v1/alerts/1/deliveries")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).status(), "a viewer never reads webhook deliveries");
        assertEquals(404, admin.send(admin.request("/api/v1/alerts/999999/deliveries")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).status());
    }

    @Test
    void aSessionChangeWithAnAuthorizationHeaderThatDidNotAuthenticateStillNeedsTheCsrfToken() {
        String change = "{\"label\":\"forged\"}";
        Api.Response otherScheme = consoleAdministrator.send(consoleAdministrator.request("/api/v1/tokens")
                .header("Authorization", "Negotiate c29tZXRoaW5n").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(change)), false);
        assertEquals(403, otherScheme.status(), otherScheme.body());
        assertEquals("csrf", otherScheme.json().get("code").asString());
        Api.Response forgedBearer = consoleAdministrator.send(consoleAdministrator.request("/api/v1/tokens")
                .header("Authorization", "Bearer cw_forged").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(change)), false);
        assertEquals(401, forgedBearer.status(), "a bearer token that does not verify ends the request: "
                + forgedBearer.body());
        Api.Response withCsrf = consoleAdministrator.json("POST", "/api/v1/tokens", change, true);
        assertEquals(201, withCsrf.status(), withCsrf.body());
    }

    private void check(List<String> wrong, Endpoint endpoint, String caller, Api api, boolean allowed, int refusal,
            String refusalCode) {
        Api.Response response = api.send(request(api.request(endpoint.path()), endpoint));
        String code = code(response);
        boolean refused = response.status() == refusal && refusalCode.equals(code);
        boolean passed = response.status() != 401 && !(response.status() == 403 && "role-not-allowed".equals(code));
        if (allowed ? !passed : !refused) {
            wrong.add(endpoint + " as " + caller + ": expected " + (allowed ? "to pass" : refusal + " " + refusalCode)
                    + ", got " + response.status() + " " + code);
        }
    }

    private void checkConsoleWithoutCsrf(List<String> wrong, Endpoint endpoint, boolean allowed) {
        Api.Response response = consoleAdministrator.send(request(consoleAdministrator.request(endpoint.path()),
                endpoint), false);
        String code = code(response);
        boolean logIn = endpoint.method() == HttpMethod.POST && endpoint.template().equals("/api/v1/session");
        if (CHANGES.contains(endpoint.method().name()) && !logIn) {
            if (response.status() != 403 || !"csrf".equals(code)) {
                wrong.add(endpoint + " from a session without CSRF: expected 403 csrf, got " + response.status() + " "
                        + code);
            }
        } else if (allowed == (response.status() == 401 || response.status() == 403 && "role-not-allowed".equals(code))) {
            wrong.add(endpoint + " from a system administrator's session: got " + response.status() + " " + code);
        }
    }

    private static HttpRequest.Builder request(HttpRequest.Builder builder, Endpoint endpoint) {
        HttpRequest.BodyPublisher body = CHANGES.contains(endpoint.method().name()) && endpoint.method() != HttpMethod.DELETE
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        return builder.header("Content-Type", "application/json").method(endpoint.method().name(), body);
    }

    private static String code(Api.Response response) {
        if (response.body() == null || !response.body().startsWith("{")) {
            return null;
        }
        JsonNode code = Api.parse(response.body()).get("code");
        return code == null ? null : code.asString();
    }

    private List<Endpoint> endpoints() {
        Api.Response document = admin.get("/api/v1/openapi.json");
        assertEquals(200, document.status(), document.body());
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.json().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase(Locale.ROOT));
                String filled = path.getKey().replaceAll("\\{[^}]+}", "authz-probe");
                endpoints.add(new Endpoint(method, path.getKey(), filled));
            }
        }
        return endpoints;
    }
}
