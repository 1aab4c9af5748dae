package io.coastwatch.bench.ingest;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency from a sentence's arrival to its vessel update on the WebSocket, against a running server
 * ({@code coastwatch serve} with a {@code tcp-listen} source): sends Class A position reports at a
 * steady rate over TCP (loopback) to the source while a WebSocket client subscribed to the whole area
 * (at the maximum rate) receives the updates. Each report of a vessel carries a different true
 * heading, so that each update names the report it came from; both clocks are this process's.
 *
 * <p>Usage: {@code LiveLatencyBench HTTP_PORT FEED_PORT ADMIN_PASSWORD [RATE] [SECONDS]} (defaults
 * 10,000 sentences/s for 30 s; the first 5 s are a warm-up, not counted).
 */
public final class LiveLatencyBench {
    private static final int FLEET = 1000;
    private static final Pattern UPDATE = Pattern.compile("\"id\":(\\d+).*\"headingDegrees\":(\\d+)");

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        int feedPort = Integer.parseInt(args[1]);
        String password = args[2];
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmUpSeconds = 5;

        long[][] sentNanos = new long[FLEET][360];
        long[] latencies = new long[rate * (seconds + 1)];
        AtomicInteger counted = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        long[] measureFrom = {Long.MAX_VALUE};

        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    long now = System.nanoTime();
                    Matcher m = UPDATE.matcher(text);
                    if (m.find()) {
                        received.incrementAndGet();
                        int vessel = (int) (Long.parseLong(m.group(1)) - 574_500_000L);
                        int heading = Integer.parseInt(m.group(2));
                        long sent = vessel >= 0 && vessel < FLEET ? sentNanos[vessel][heading] : 0;
                        if (sent >= measureFrom[0]) {
                            int i = counted.getAndIncrement();
                            if (i < latencies.length) {
                                latencies[i] = now - sent;
                            }
                        }
                    }
                    text.setLength(0);
                }
                socket.request(1);
                return null;
            }
        };
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Basic " + basic)
                .buildAsync(URI.create("ws://127.0.0.1:" + httpPort + "/api/v1/live"), listener)
                .get(30, TimeUnit.SECONDS);
        socket.sendText("{\"bbox\":[109.5,9.5,111.5,11.5],\"maxRatePerSecond\":10000}", true).join();
        Thread.sleep(500);

        SentenceWriter writer = new SentenceWriter();
        BitWriter bits = new BitWriter();
        int[] sequence = new int[FLEET];
        long sentTotal = 0;
        try (Socket feed = new Socket(InetAddress.getLoopbackAddress(), feedPort);
                OutputStream out = feed.getOutputStream()) {
            feed.setTcpNoDelay(true);
            long start = System.nanoTime();
            long intervalNanos = 1_000_000_000L / rate;
            long total = (long) rate * seconds;
            measureFrom[0] = start + TimeUnit.SECONDS.toNanos(warmUpSeconds);
            for (long n = 0; n < total; n++) {
                long due = start + n * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 50_000) {
                    LockSupport.parkNanos(wait);
                }
                int vessel = (int) (n % FLEET);
                int k = sequence[vessel]++;
                int heading = k % 360;
                double lat = 10.0 + vessel * 0.0009 + k * 0.00001;
                double lon = 110.0 + vessel * 0.0009;
                PositionReportClassA report = new PositionReportClassA(1, 0, 574_500_000 + vessel, 0, 0, 200, true,
                        (int) Math.round(lon * 600_000), (int) Math.round(lat * 600_000), 0, heading, 0, 0, 0, false, 0);
                byte[] line = (writer.sentences(MessageCodec.encode(report, bits.reset()), 'A').get(0) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                sentNanos[vessel][heading] = System.nanoTime();
                out.write(line);
                out.flush();
                sentTotal++;
            }
            Thread.sleep(2000);
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        int n = Math.min(counted.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "sent %,d sentences at %,d/s for %d s; %,d updates received, %,d measured after %d s warm-up%n",
                sentTotal, rate, seconds, received.get(), n, warmUpSeconds);
        if (n > 0) {
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                    percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                    percentile(sorted, 0.999), sorted[n - 1] / 1e6);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
