package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import io.coastwatch.store.Database;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Authentication (none, Basic, bearer, session), roles, CSRF, and the public health endpoint. */
class SecurityTest extends ServerTest {
    @Autowired
    private Database database;

    @Test
    void everyApiCallNeedsCredentials() {
        for (String path : new String[] {"/api/v1/vessels", "/api/v1/sources", "/api/v1/openapi.json", "/actuator/prometheus",
                "/api/v1/no-such-thing"}) {
            Api.Response response = anonymous.get(path);
            assertEquals(401, response.status(), path);
            assertTrue(response.header("Content-Type").startsWith("application/problem+json"), path);
            assertEquals("Bearer realm=\"coastwatch\"", response.header("WWW-Authenticate"), "never a Basic challenge");
        }
        assertEquals(401, anonymous.basic("admin", "wrong").get("/api/v1/vessels").status());
        assertEquals(401, anonymous.bearer("cw_forged").get("/api/v1/vessels").status());
        assertEquals(200, anonymous.get("/actuator/health").status());
    }

    @Test
    void rolesDecideWhatMayChange() {
        Api viewer = newAccount("viewer-1", "VIEWER");
        assertEquals(200, viewer.get("/api/v1/vessels").status());
        assertEquals(200, viewer.get("/api/v1/sources").status());
        Api.Response refused = viewer.post("/api/v1/sources", "application/json", "{\"id\":\"v\",\"uri\":\"udp://127.0.0.1:0\"}");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(403, viewer.get("/api/v1/accounts").status());
        assertEquals(403, newAccount("operator-1", "OPERATOR").delete("/api/v1/sources/anything").status());
        assertEquals(409, admin.post("/api/v1/accounts", "application/json",
                "{\"username\":\"viewer-1\",\"password\":\"another-password\",\"roles\":[{\"role\":\"viewer\",\"unitId\":\"*\"}]}").status());
        assertEquals(400, admin.post("/api/v1/accounts", "application/json",
                "{\"username\":\"short\",\"password\":\"short\",\"roles\":[{\"role\":\"viewer\",\"unitId\":\"*\"}]}").status());
        assertEquals(400, admin.post("/api/v1/accounts", "application/json",
                "{\"username\":\"captain\",\"password\":\"long-enough-password\",\"roles\":[{\"role\":\"captain\",\"unitId\":\"*\"}]}").status());
    }

    @Test
    void bearerTokensActForTheirUser() {
        Api viewer = newAccount("viewer-token", "VIEWER");
        Api.Response issued = viewer.post("/api/v1/tokens", "application/json", "{\"label\":\"script\",\"expiresInDays\":30}");
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().get("token").asString();
        assertTrue(token.startsWith("cw_"));
        Api script = anonymous.bearer(token);
        assertEquals(200, script.get("/api/v1/vessels").status());
        assertEquals(403, script.post("/api/v1/sources", "application/json", "{\"id\":\"t\",\"uri\":\"udp://127.0.0.1:0\"}").status());
        assertEquals("viewer-token", script.get("/api/v1/session").json().get("username").asString());
        assertEquals(400, viewer.post("/api/v1/tokens", "application/json", "{\"expiresInDays\":0}").status());
    }

    @Test
    void sessionLoginNeedsTheCsrfTokenForChanges() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = anonymous.base();
        HttpResponse<String> wrong = browser.send(json(base + "/api/v1/session", "{\"username\":\"admin\",\"password\":\"nope\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());

        HttpResponse<String> login = browser.send(json(base + "/api/v1/session",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        JsonNode session = Api.parse(login.body());
        assertEquals("system-admin", session.get("role").asString());
        String csrf = session.get("csrfToken").asString();
        assertNotNull(csrf);
        assertTrue(login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("SameSite=Strict")),
                login.headers().toString());

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/vessels")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());

        String account = "{\"username\":\"made-in-session\",\"password\":\"session-password\",\"roles\":[{\"role\":\"viewer\",\"unitId\":\"*\"}]}";
        HttpResponse<String> withoutCsrf = browser.send(json(base + "/api/v1/accounts", account), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, withoutCsrf.statusCode(), withoutCsrf.body());
        assertTrue(Api.parse(withoutCsrf.body()).get("detail").asString().contains("CSRF token"), withoutCsrf.body());
        HttpResponse<String> withCsrf = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts"))
                .header("Content-Type", "application/json").header(session.get("csrfHeader").asString(), csrf)
                .POST(HttpRequest.BodyPublishers.ofString(account)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, withCsrf.statusCode(), withCsrf.body());

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header(session.get("csrfHeader").asString(), csrf).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, logout.statusCode(), logout.body());
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/vessels")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, after.statusCode());
    }

    @Test
    void accountAndTokenWritesAreAuditedWithoutSecrets() {
        Api audited = newAccount("audited-1", "viewer");
        Api.Response issued = audited.post("/api/v1/tokens", "application/json", "{\"label\":\"audited\"}");
        assertEquals(201, issued.status(), issued.body());
        List<AuditEntry> created = database.audit().find(new AuditQuery(null, null, "admin", "account", "audited-1",
                null, null, 10));
        assertEquals(1, created.size(), created.toString());
        assertEquals("create", created.getFirst().action());
        assertTrue(created.getFirst().afterJson().contains("\"viewer\""), created.getFirst().afterJson());
        assertFalse(created.getFirst().afterJson().contains("argon2"), "never a password hash");
        List<AuditEntry> token = database.audit().find(new AuditQuery(null, null, "audited-1", "token", null, null,
                null, 10));
        assertEquals(1, token.size(), token.toString());
        assertEquals("issue", token.getFirst().action());
        assertFalse(token.getFirst().afterJson() != null && token.getFirst().afterJson()
                .contains(issued.json().get("token").asString()), "never the token");
        assertTrue(database.audit().verify().unbroken(), "the chain holds");
    }

    @Test
    void basicAuthenticationCreatesNoSession() {
        Api.Response response = anonymous.basic("admin", ADMIN_PASSWORD).get("/api/v1/vessels");
        assertEquals(200, response.status(), response.body());
        assertNull(response.header("Set-Cookie"));
    }

    private static HttpRequest json(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
