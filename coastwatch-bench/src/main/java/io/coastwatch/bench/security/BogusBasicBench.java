package io.coastwatch.bench.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a flood of bogus HTTP Basic credentials does to the API for everyone else, against a running server
 * ({@code coastwatch serve}): a good client with a bearer token calls {@code GET /api/v1/sources} one call
 * after the other, first alone, then while {@code ATTACKERS} clients each send requests with a new random
 * username and password as fast as the server answers them. Prints the good client's median and 99th
 * percentile in both phases, and what the attackers got (status counts).
 *
 * <p>Usage: {@code BogusBasicBench HTTP_PORT ADMIN_PASSWORD [ATTACKERS] [SECONDS]} (defaults 16 clients,
 * 20 s per phase; the first 3 s of each phase are a warm-up, not counted).
 */
public final class BogusBasicBench {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int WARM_UP_SECONDS = 3;

    private BogusBasicBench() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + Integer.parseInt(args[0]));
        String password = args[1];
        int attackers = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            String token = token(http, base, password);
            long[] alone = measure(http, base, token, seconds);
            AtomicBoolean attacking = new AtomicBoolean(true);
            Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
            Thread[] threads = new Thread[attackers];
            for (int i = 0; i < attackers; i++) {
                threads[i] = Thread.ofPlatform().name("attacker-" + i).start(() -> attack(base, attacking, answers));
            }
            long[] attacked = measure(http, base, token, seconds);
            attacking.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf(Locale.ROOT, "good client alone:            %s%n", percentiles(alone));
            System.out.printf(Locale.ROOT, "good client, %2d bogus Basic:  %s%n", attackers, percentiles(attacked));
            System.out.printf(Locale.ROOT, "attackers' answers (status=count): %s%n", new TreeMap<>(answers));
        }
    }

    private static String token(HttpClient http, URI base, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                .header("Authorization", basic("admin", password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"bogus-basic bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no token (HTTP " + response.statusCode() + "): " + response.body());
        }
        return token.group(1);
    }

    /** The good client's latencies in microseconds, after the warm-up, for {@code seconds}. */
    private static long[] measure(HttpClient http, URI base, String token, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/sources"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        long countFrom = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long end = countFrom + seconds * 1_000_000_000L;
        long[] latencies = new long[1 << 16];
        int n = 0;
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long took = System.nanoTime() - now;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the good client got HTTP " + response.statusCode());
            }
            if (now >= countFrom && n < latencies.length) {
                latencies[n++] = took / 1_000;
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    private static void attack(URI base, AtomicBoolean attacking, Map<Integer, LongAdder> answers) {
        Random random = new Random();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            while (attacking.get()) {
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/sources"))
                        .header("Authorization", basic("guess-" + random.nextInt(1_000_000), "pw-" + random.nextLong()))
                        .timeout(Duration.ofSeconds(30)).build();
                int status;
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                answers.computeIfAbsent(status, s -> new LongAdder()).increment();
            }
        }
    }

    private static String percentiles(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return "no calls";
        }
        return String.format(Locale.ROOT, "%6d calls, p50 %7.2f ms, p99 %7.2f ms", sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1000.0);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
