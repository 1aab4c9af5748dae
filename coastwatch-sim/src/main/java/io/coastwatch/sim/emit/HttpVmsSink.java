package io.coastwatch.sim.emit;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * VMS batches posted to an HTTP endpoint: {@code POST url} with a JSON array body, with a bearer
 * token when one is given (Coastwatch's {@code /api/v1/vms} needs one, of an operator). A batch the
 * server refuses (status other than 2xx) or cannot take (connection error) is counted and reported
 * on the error stream, and the run goes on: a simulator should not stop because a server restarts.
 */
public final class HttpVmsSink implements VmsSink {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final URI url;
    private final String bearerToken;
    private final PrintStream errors;
    private long failedBatches;

    /**
     * @param url the endpoint
     * @param bearerToken sent as {@code Authorization: Bearer …}, or {@code null} for none
     * @param errors where refused posts are reported
     */
    public HttpVmsSink(URI url, String bearerToken, PrintStream errors) {
        if (url.getScheme() == null || !url.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("a VMS endpoint is an http(s) URL, not " + url);
        }
        this.url = url;
        this.bearerToken = bearerToken;
        this.errors = errors;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Batches that were not accepted. */
    public long failedBatches() {
        return failedBatches;
    }

    @Override
    public void send(List<VmsLine> batch) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(VmsJson.array(batch)));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                failedBatches++;
                errors.println("VMS post refused: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            failedBatches++;
            errors.println("VMS post failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting VMS reports", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
