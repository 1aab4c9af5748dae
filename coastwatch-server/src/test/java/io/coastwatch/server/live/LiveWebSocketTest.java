package io.coastwatch.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.LiveFeed;
import io.coastwatch.server.support.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code WS /api/v1/live} with the JDK's WebSocket client: the box, the throttle, the heartbeat, bad
 * subscriptions, authentication.
 */
class LiveWebSocketTest extends ServerTest {

    private WebSocket connect(LiveFeed collector) {
        return LiveFeed.connect(admin, collector);
    }

    @Test
    void pushesUpdatesInsideTheBoxOnly() {
        LiveFeed collector = new LiveFeed();
        WebSocket socket = connect(collector);
        socket.sendText("{\"bbox\":[110.0,12.5,110.5,13.0],\"maxRatePerSecond\":1000}", true).join();
        Await.until("subscribed", Duration.ofSeconds(10), () -> !collector.ofType("subscribed").isEmpty());

        List<String> lines = new ArrayList<>();
        // All at sea off Khánh Hòa and Phú Yên (positions on land would not count as the vessel's position).
        lines.add(nmea.position(574_200_001, 12.7, 110.2));   // inside
        lines.add(nmea.position(574_200_002, 14.0, 110.2));   // north of the box
        lines.add(nmea.position(574_200_003, 12.8, 110.4));   // inside
        lines.add(nmea.position(574_200_004, 12.7, 111.2));   // east of the box
        replay("live-feed", lines);
        Await.until("both vessels inside", Duration.ofSeconds(10),
                () -> collector.vesselIds().containsAll(Set.of(574_200_001L, 574_200_003L)));
        // The outside vessels are in the picture, yet never sent.
        Await.until("outside vessels known", Duration.ofSeconds(10),
                () -> admin.get("/api/v1/vessels/574200004").status() == 200 && admin.get("/api/v1/vessels/574200002").status() == 200);
        assertTrue(collector.vesselIds().stream().allMatch(id -> id == 574_200_001L || id == 574_200_003L),
                collector.vesselIds().toString());
        for (JsonNode update : collector.ofType("vessel")) {
            double lat = update.get("vessel").get("position").get("latitude").asDouble();
            double lon = update.get("vessel").get("position").get("longitude").asDouble();
            assertTrue(lat >= 12.5 && lat <= 13.0 && lon >= 110.0 && lon <= 110.5, update.toString());
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void beatsAtConnectionAndThenWithTheNewestDataTime() {
        long dataMillis = System.currentTimeMillis() - 90_000; // the data is a minute and a half old
        replay("heartbeat-feed", List.of(nmea.position(574_200_101, 14.5, 110.1, 8.5, dataMillis)));
        Await.until("the vessel known", Duration.ofSeconds(10), () -> admin.get("/api/v1/vessels/574200101").status() == 200);
        LiveFeed collector = new LiveFeed();
        WebSocket socket = connect(collector);
        JsonNode first = Await.until("the heartbeat at connection", Duration.ofSeconds(3),
                () -> collector.ofType("heartbeat"), beats -> !beats.isEmpty()).getFirst();
        Instant served = Instant.parse(first.get("serverTime").asString());
        assertTrue(Math.abs(served.toEpochMilli() - System.currentTimeMillis()) < 5_000, first.toString());
        assertTrue(Instant.parse(first.get("dataTime").asString()).toEpochMilli() >= dataMillis - 2_000, // NMEA times are whole seconds
                "the newest data's time, not the server's: " + first);
        Await.until("a second heartbeat, unsubscribed", LiveWebSocketHandler.HEARTBEAT.multipliedBy(3),
                () -> collector.ofType("heartbeat").size() >= 2);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void throttlesToTheRateAsked() throws Exception {
        LiveFeed collector = new LiveFeed();
        WebSocket socket = connect(collector);
        socket.sendText("{\"bbox\":[110.0,13.5,110.5,14.0],\"maxRatePerSecond\":2}", true).join();
        Await.until("subscribed", Duration.ofSeconds(10), () -> !collector.ofType("subscribed").isEmpty());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(nmea.position(574_300_000 + i, 13.6 + i * 0.005, 110.2));
        }
        replay("live-throttle", lines);
        long start = System.nanoTime();
        Thread.sleep(1500);
        int received = collector.ofType("vessel").size();
        double seconds = (System.nanoTime() - start) / 1e9 + 1; // generous: the replay itself took time too
        assertTrue(received >= 1 && received <= 2 * seconds + 1, "received " + received + " in about " + seconds + " s");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void aClientThatStopsReadingHoldsUpNeitherTheEngineNorOtherClients() {
        // This client takes one message and then never asks for more: its frames pile up in TCP buffers.
        WebSocket stuck = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", admin.authorization())
                .buildAsync(URI.create(admin.base().replace("http:", "ws:") + "/api/v1/live"), new WebSocket.Listener() {
                })
                .orTimeout(10, TimeUnit.SECONDS).join();
        stuck.sendText("{\"bbox\":[110.0,8.5,110.5,9.0],\"maxRatePerSecond\":10000}", true).join();
        LiveFeed healthy = new LiveFeed();
        WebSocket socket = connect(healthy);
        socket.sendText("{\"bbox\":[110.0,8.5,110.5,9.0],\"maxRatePerSecond\":10000}", true).join();
        Await.until("subscribed", Duration.ofSeconds(10), () -> !healthy.ofType("subscribed").isEmpty());
        double coalescedBefore = meter("coastwatch_live_updates_coalesced_total");

        // 200 vessels, 100 reports each, with long names so that the stuck client's buffers fill.
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 100; round++) {
            for (int v = 0; v < 200; v++) {
                lines.add(nmea.position(574_600_000 + v, 8.6 + v * 0.001 + round * 0.00001, 110.2, 8, Long.MIN_VALUE));
            }
        }
        replay("live-stuck-client", lines);
        // The engine took everything and the healthy client saw the last report of every vessel.
        Await.until("healthy client has every vessel's last position", Duration.ofSeconds(30), () -> {
            java.util.Map<Long, Double> latest = new java.util.HashMap<>();
            healthy.ofType("vessel").forEach(m -> latest.put(m.get("vessel").get("id").asLong(),
                    m.get("vessel").get("position").get("latitude").asDouble()));
            return latest.size() == 200 && latest.entrySet().stream().allMatch(e ->
                    Math.abs(e.getValue() - (8.6 + (e.getKey() - 574_600_000) * 0.001 + 99 * 0.00001)) < 1e-5);
        });
        assertTrue(meter("coastwatch_live_updates_coalesced_total") > coalescedBefore,
                "the stuck client's superseded updates are counted");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        stuck.abort();
    }

    private double meter(String name) {
        for (String line : admin.get("/actuator/prometheus").body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no meter " + name);
    }

    @Test
    void aBadSubscriptionIsAnsweredAndTheConnectionStays() {
        LiveFeed collector = new LiveFeed();
        WebSocket socket = connect(collector);
        socket.sendText("{\"bbox\":[1,2,3]}", true).join();
        socket.sendText("not json", true).join();
        socket.sendText("{\"bbox\":[109,11,110,12],\"maxRatePerSecond\":0}", true).join();
        Await.until("three errors", Duration.ofSeconds(10), () -> collector.ofType("error").size() == 3);
        assertTrue(collector.ofType("error").get(0).get("message").asString().contains("bbox"));
        socket.sendText("{\"bbox\":[109,11,110,12]}", true).join();
        Await.until("subscribed", Duration.ofSeconds(10), () -> !collector.ofType("subscribed").isEmpty());
        assertEquals(10, collector.ofType("subscribed").get(0).get("maxRatePerSecond").asInt());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void refusesAnonymousClients() {
        CompletableFuture<WebSocket> attempt = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(admin.base().replace("http:", "ws:") + "/api/v1/live"), new LiveFeed());
        CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, attempt::join);
        assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
        assertEquals(401, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }
}
