package io.coastwatch.server.live;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.server.vessel.BoundingBox;
import io.coastwatch.server.vessel.VesselView;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /api/v1/live} endpoint. A client sends
 * {@code {"bbox":[minLon,minLat,maxLon,maxLat], "maxRatePerSecond": N}} (N defaults to 10) at any time
 * to set or change its subscription; the server answers {@code {"type":"subscribed",…}}, then pushes
 * {@code {"type":"vessel","vessel":{…}}} for every vessel in the box (those there now, then each
 * update). Every client, subscribed or not, also receives {@code {"type":"alert","alert":{…}}} for each
 * alert change given to {@link #pushAlert}, whatever its box and rate, and, at connection and then every
 * {@link #HEARTBEAT}, {@code {"type":"heartbeat","serverTime":…,"dataTime":…}}: the server's clock and
 * the event time of the newest data the live picture has received ({@code null} before any), both
 * ISO-8601 instants, so that a client knows the server is alive and how old its data is, and can say
 * so when the heartbeats stop (a frozen server keeps the socket open). A bad subscription gets
 * {@code {"type":"error","message":…}} and the connection stays open. Subscribes to the
 * {@link LivePicture} once for all clients. Thread-safe.
 */
public final class LiveWebSocketHandler extends TextWebSocketHandler implements AutoCloseable {
    /** How often every client gets a heartbeat. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final LivePicture picture;
    private final JsonMapper json;
    private final LiveStats stats = new LiveStats();
    private final Map<String, LiveClient> clients = new ConcurrentHashMap<>();
    private final AutoCloseable subscription;
    /** The newest event time of any vessel update seen, UNIX ms, or {@link Long#MIN_VALUE} before any. */
    private final AtomicLong dataMillis = new AtomicLong(Long.MIN_VALUE);
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-heartbeat").daemon().factory());

    public LiveWebSocketHandler(LivePicture picture, JsonMapper json) {
        this.picture = picture;
        this.json = json;
        picture.vessels().forEach(this::noteDataTime);
        this.subscription = picture.subscribe(this::onUpdate);
        heartbeats.scheduleAtFixedRate(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    public LiveStats stats() {
        return stats;
    }

    /** Clients connected now. */
    public int clients() {
        return clients.size();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        LiveClient client = new LiveClient(session, this::encode, stats);
        clients.put(session.getId(), client);
        client.start();
        client.offerHeartbeat(heartbeat());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        LiveClient client = clients.get(session.getId());
        if (client == null) {
            return;
        }
        Subscription parsed;
        try {
            parsed = parse(message.getPayload());
        } catch (IllegalArgumentException | JacksonException e) {
            String reason = e instanceof JacksonException j ? "not JSON: " + j.getOriginalMessage() : e.getMessage();
            synchronized (session) {
                session.sendMessage(new TextMessage(json.writeValueAsString(Map.of("type", "error", "message", reason))));
            }
            return;
        }
        synchronized (session) {
            session.sendMessage(new TextMessage(json.writeValueAsString(Map.of("type", "subscribed",
                    "bbox", new double[] {parsed.box().minLongitude(), parsed.box().minLatitude(),
                            parsed.box().maxLongitude(), parsed.box().maxLatitude()},
                    "maxRatePerSecond", parsed.maxRatePerSecond()))));
        }
        client.subscribe(parsed, picture.vessels());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        LiveClient client = clients.remove(session.getId());
        if (client != null) {
            client.close();
        }
    }

    @Override
    public void close() throws Exception {
        heartbeats.shutdownNow();
        subscription.close();
        clients.values().forEach(LiveClient::close);
    }

    private void onUpdate(VesselSnapshot vessel) {
        noteDataTime(vessel);
        for (LiveClient client : clients.values()) {
            client.offer(vessel);
        }
    }

    /**
     * Sends an alert change to every client as {@code {"type":"alert","alert": alertView}}: encoded
     * once, queued per client, never blocking.
     */
    public void pushAlert(Object alertView) {
        String message = json.writeValueAsString(Map.of("type", "alert", "alert", alertView));
        for (LiveClient client : clients.values()) {
            client.offerAlert(message);
        }
    }

    private void noteDataTime(VesselSnapshot vessel) {
        dataMillis.accumulateAndGet(vessel.lastSeenMillis(), Math::max);
    }

    private void beat() {
        String message = heartbeat();
        clients.values().forEach(client -> client.offerHeartbeat(message));
    }

    private String heartbeat() {
        long data = dataMillis.get();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "heartbeat");
        message.put("serverTime", Instant.now().toString());
        message.put("dataTime", data == Long.MIN_VALUE ? null : Instant.ofEpochMilli(data).toString());
        return json.writeValueAsString(message);
    }

    private Subscription parse(String text) {
        JsonNode root = json.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("send {\"bbox\":[minLon,minLat,maxLon,maxLat],\"maxRatePerSecond\":N}");
        }
        JsonNode bbox = root.get("bbox");
        if (bbox == null || !bbox.isArray() || bbox.size() != 4) {
            throw new IllegalArgumentException("bbox must be [minLon,minLat,maxLon,maxLat]");
        }
        for (JsonNode value : bbox) {
            if (!value.isNumber()) {
                throw new IllegalArgumentException("bbox must hold four numbers");
            }
        }
        BoundingBox box = new BoundingBox(bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(),
                bbox.get(3).asDouble());
        JsonNode rate = root.get("maxRatePerSecond");
        if (rate != null && !rate.isIntegralNumber()) {
            throw new IllegalArgumentException("maxRatePerSecond must be a whole number");
        }
        return new Subscription(box, rate == null ? Subscription.DEFAULT_RATE : rate.asInt());
    }

    private String encode(VesselSnapshot vessel) {
        return json.writeValueAsString(Map.of("type", "vessel", "vessel", VesselView.of(vessel)));
    }
}
