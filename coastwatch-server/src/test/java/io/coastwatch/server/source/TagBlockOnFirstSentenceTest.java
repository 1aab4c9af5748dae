package io.coastwatch.server.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A receiver that tags only a message's first sentence ({@code \s:rx,c:…*hh\!AIVDM,2,1,…} then
 * {@code !AIVDM,2,2,…}), pushing over a TCP source: the ship's static data (message 5) still reaches
 * the vessel's state. Before the codec joined such fragments, every message 5 was lost and the name
 * and ship type stayed unknown.
 */
class TagBlockOnFirstSentenceTest extends ServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int MMSI = 574_000_071;

    @Test
    void staticDataTaggedOnlyOnItsFirstSentenceNamesTheVessel() throws IOException {
        int port = freeTcpPort();
        Api.Response added = admin.post("/api/v1/sources", "application/json",
                "{\"id\":\"first-tagged\",\"uri\":\"tcp-listen://127.0.0.1:" + port + "\"}");
        assertEquals(201, added.status(), added.body());
        try {
            Await.until("listening", WAIT, () -> "LISTENING".equals(
                    admin.get("/api/v1/sources/first-tagged").json().get("state").asString()));
            long now = System.currentTimeMillis() / 1000;
            List<String> staticData = nmea.staticData(MMSI, "NINH THUAN 07", "XVNT7", 30);
            try (Socket receiver = new Socket(InetAddress.getLoopbackAddress(), port);
                    Writer out = new OutputStreamWriter(receiver.getOutputStream(), StandardCharsets.US_ASCII)) {
                out.write(tagged("s:rx-phan-rang,c:" + now) + nmea.position(MMSI, 11.55, 109.05) + "\r\n");
                out.write(tagged("s:rx-phan-rang,c:" + now) + staticData.get(0) + "\r\n");
                out.write(staticData.get(1) + "\r\n");
                out.flush();
                JsonNode vessel = Await.until("the vessel's name", WAIT, () -> vessel(MMSI),
                        v -> v != null && v.hasNonNull("name"));
                assertEquals("NINH THUAN 07", vessel.get("name").asString());
                assertEquals(30, vessel.get("shipType").asInt());
            }
        } finally {
            admin.delete("/api/v1/sources/first-tagged");
        }
    }

    private JsonNode vessel(int mmsi) {
        Api.Response response = admin.get("/api/v1/vessels/" + mmsi);
        return response.status() == 200 ? response.json() : null;
    }

    private static String tagged(String fields) {
        int checksum = 0;
        for (char c : fields.toCharArray()) {
            checksum ^= c;
        }
        return "\\" + fields + String.format("*%02X", checksum) + "\\";
    }
}
