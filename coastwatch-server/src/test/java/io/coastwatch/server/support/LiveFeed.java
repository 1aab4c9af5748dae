package io.coastwatch.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** A client of {@code WS /api/v1/live} over the JDK's WebSocket client: collects the text messages of one connection. */
public final class LiveFeed implements WebSocket.Listener {
    public final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    /** Connects with {@code api}'s credentials; messages are collected into the returned feed's {@link #messages}. */
    public static WebSocket connect(Api api, LiveFeed feed) {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", api.authorization())
                .buildAsync(URI.create(api.base().replace("http:", "ws:") + "/api/v1/live"), feed)
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(Api.parse(partial.toString()));
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    /** The messages of one {@code type}, in the order received. */
    public List<JsonNode> ofType(String type) {
        return messages.stream().filter(m -> type.equals(m.get("type").asString())).toList();
    }

    /** The ids of the vessels received. */
    public Set<Long> vesselIds() {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        ofType("vessel").forEach(m -> ids.add(m.get("vessel").get("id").asLong()));
        return ids;
    }
}
