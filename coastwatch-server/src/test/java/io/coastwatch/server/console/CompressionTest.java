package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.ServerTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP compression (the review's finding 33: 424 KB a load over a slow provincial link): the console's
 * scripts, styles and page, the base map and the API's JSON go gzip-compressed to a client that asks
 * for it, and decompress to the very bytes served plain; the headers that guard and cache them — the
 * Content-Security-Policy, Last-Modified with its 304 — are the same either way.
 */
class CompressionTest extends ServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = admin.request(path).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/console/app.js", "/console/console.css", "/webjars/leaflet/dist/leaflet.js",
        "/map/land.geojson", "/api/v1/rules/types"})
    void compressesWhatTheConsoleLoads(String path) throws Exception {
        HttpResponse<byte[]> plain = fetch(path, false);
        HttpResponse<byte[]> compressed = fetch(path, true);
        assertEquals(200, plain.statusCode(), path);
        assertEquals(200, compressed.statusCode(), path);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "plain unless asked: " + path);
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(null), path);
        assertTrue(compressed.body().length < plain.body().length / 2,
                path + ": " + compressed.body().length + " of " + plain.body().length + " bytes");
        assertArrayEquals(plain.body(), gunzip(compressed.body()), path);
        assertEquals(plain.headers().firstValue("Content-Security-Policy"), compressed.headers().firstValue("Content-Security-Policy"),
                "the same policy compressed or not: " + path);
    }

    @Test
    void theConsolePageKeepsItsPolicyAndItsScriptsTheirValidators() throws Exception {
        HttpResponse<byte[]> page = fetch("/", true);
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src"),
                page.headers().map().toString());
        HttpResponse<byte[]> script = fetch("/console/app.js", true);
        String lastModified = script.headers().firstValue("Last-Modified").orElse(null);
        assertNotNull(lastModified, "the script's validator: " + script.headers().map());
        HttpResponse<byte[]> again = http.send(admin.request("/console/app.js").header("Accept-Encoding", "gzip")
                .header("If-Modified-Since", lastModified).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode(), "not sent again when unchanged");
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
