package io.coastwatch.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * A browser's side of the console's session, over the JDK's HTTP client: cookies kept, log-in with
 * {@code POST /api/v1/session}, then requests with or without the CSRF header the log-in returned.
 */
public final class ConsoleSession {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private JsonNode session;

    public ConsoleSession(String base) {
        this.base = base;
    }

    /** Logs in; the response as it came (200 with the session, or the refusal). */
    public Api.Response login(String username, String password, String code) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        Api.Response response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), false);
        if (response.status() == 200) {
            session = response.json();
        }
        return response;
    }

    /** The session the last successful log-in returned. */
    public JsonNode session() {
        return session;
    }

    /** {@code request} sent with the session's cookies and, when {@code withCsrf}, its CSRF header. */
    public Api.Response send(HttpRequest.Builder request, boolean withCsrf) {
        if (withCsrf && session != null) {
            request.header(session.get("csrfHeader").asString(), session.get("csrfToken").asString());
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} on the server. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public Api.Response get(String path) {
        return send(request(path).GET(), false);
    }

    /** {@code method} of {@code path} with a JSON body, with or without the CSRF header. */
    public Api.Response json(String method, String path, String body, boolean withCsrf) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), withCsrf);
    }
}
