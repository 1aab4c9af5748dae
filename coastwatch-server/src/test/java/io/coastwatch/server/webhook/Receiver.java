package io.coastwatch.server.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 (the JDK's HTTP server): answers 503 to the first
 * {@link #failures} requests, then 204; can hold requests until {@link #release()}. Records every request.
 */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Request(String path, String deliveryId, String event, String body, int answeredStatus) {
    }

    final AtomicInteger failures = new AtomicInteger();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger holding = new AtomicInteger();
    private final HttpServer server;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile int failureStatus = 503;

    Receiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** From now on, requests wait until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    /** Every request fails with {@code status}. */
    void alwaysFail(int status) {
        failureStatus = status;
        failures.set(Integer.MAX_VALUE);
    }

    List<Request> accepted(String path) {
        return requests.stream().filter(r -> r.path().equals(path) && r.answeredStatus() == 204).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        holding.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.decrementAndGet();
        }
        boolean fail = failures.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0;
        int status = fail ? failureStatus : 204;
        requests.add(new Request(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-Coastwatch-Delivery"),
                exchange.getRequestHeaders().getFirst("X-Coastwatch-Event"), body, status));
        if (fail) {
            byte[] answer = "busy".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        } else {
            exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
