package io.coastwatch.server.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What {@code POST /api/v1/vms} and the request-size limit refuse, over real HTTP: bodies over the
 * limit (413 before they are read), malformed fields (400 naming row and field, never 500), reports
 * stamped in the future, vessels that unknown identities would create beyond the bound, and long
 * error lists (bounded, saying how many more).
 */
class VmsLimitsTest extends ServerTest {

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        String answer = raw("POST /api/v1/vms HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + admin.authorization()
                + "\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        JsonNode problem = problem(answer);
        assertEquals(413, problem.get("status").asInt());
        assertEquals(4L << 20, problem.get("maxBytes").asLong(), "the VMS endpoint takes files: 4 MB");
        assertTrue(answer.length() < 2_000, "a short answer, not the body repeated: " + answer.length());
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long sent = 0; sent <= 1L << 20; sent += chunk.length) {   // just over the 1 MB of other endpoints
            body.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(chunk);
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        String answer = raw("POST /api/v1/sources HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + admin.authorization()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", body.toByteArray());
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertEquals(1L << 20, problem(answer).get("maxBytes").asLong());
    }

    @Test
    void aBodyWithinTheLimitIsServedAsBefore() {
        String padded = "[" + " ".repeat(2 << 20) + "{\"registrationNumber\":\"KH-90200-TS\",\"time\":\""
                + Instant.now().minusSeconds(60) + "\",\"lat\":11.9,\"lon\":109.4}]";
        Api.Response posted = admin.post("/api/v1/vms", "application/json", padded);
        assertEquals(202, posted.status(), "2 MB are within the VMS endpoint's 4 MB: " + posted.body());
    }

    @Test
    void malformedFieldsAreNamedWith400NotA500() {
        String now = "\"" + Instant.now().minusSeconds(60) + "\"";
        Api.Response refused = admin.post("/api/v1/vms", "application/json", "["
                + "{\"registrationNumber\":{\"a\":1},\"time\":" + now + ",\"lat\":11,\"lon\":109},"
                + "{\"registrationNumber\":\"BD-90001-TS\",\"time\":[1],\"lat\":11,\"lon\":109},"
                + "{\"registrationNumber\":\"\",\"time\":" + now + ",\"lat\":11,\"lon\":109},"
                + "{\"registrationNumber\":\"BD-9\\u00000-TS\",\"time\":" + now + ",\"lat\":11,\"lon\":109},"
                + "{\"registrationNumber\":\"BD-90002-TS\",\"time\":" + now + ",\"lat\":\"0x1.6p3\",\"lon\":109},"
                + "{\"registrationNumber\":\"BD-90003-TS\",\"time\":0,\"lat\":11,\"lon\":109},"
                + "{\"registrationNumber\":\"BD-90004-TS\",\"time\":" + now + ",\"lat\":true,\"lon\":109},"
                + "{\"registrationNumber\":\"" + "B".repeat(100_000) + "\",\"time\":" + now + ",\"lat\":11,\"lon\":109}"
                + "]");
        assertEquals(400, refused.status(), refused.body());
        Map<String, String> codes = new HashMap<>();
        refused.json().get("errors").forEach(error -> codes.put(error.get("field").asString(), error.get("code").asString()));
        assertEquals(Map.of("[0].registrationNumber", "bad-type", "[1].time", "bad-type", "[2].registrationNumber", "required",
                "[3].registrationNumber", "bad-format", "[4].lat", "not-a-number", "[5].time", "out-of-range",
                "[6].lat", "bad-type", "[7].registrationNumber", "too-long"), codes, refused.body());
        assertTrue(refused.body().length() < 5_000, "errors do not repeat what was sent: " + refused.body().length());
        assertEquals(0, admin.get("/api/v1/vessels?q=BD-90001-TS").json().get("total").asInt(), "nothing was taken");
    }

    @Test
    void aReportStampedDaysAheadIsRefusedAndCounted() {
        Instant ahead = Instant.now().plus(Duration.ofDays(30));
        Api.Response refused = admin.post("/api/v1/vms", "application/json",
                "{\"registrationNumber\":\"KG-90300-TS\",\"time\":\"" + ahead + "\",\"lat\":9.9,\"lon\":104.8}");
        assertEquals(400, refused.status(), refused.body());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("time", error.get("field").asString());
        assertEquals("in-the-future", error.get("code").asString());
        assertEquals(0, admin.get("/api/v1/vessels?q=KG-90300-TS").json().get("total").asInt());
        Api.Response soon = admin.post("/api/v1/vms", "application/json", "{\"registrationNumber\":\"KG-90301-TS\",\"time\":\""
                + Instant.now().plusSeconds(60) + "\",\"lat\":9.9,\"lon\":104.8}");
        assertEquals(202, soon.status(), "a minute ahead is a clock's error, taken: " + soon.body());
        assertTrue(admin.get("/actuator/prometheus").body().lines().anyMatch(line -> line.startsWith("coastwatch_vms_refused_total{")
                && line.contains("reason=\"in-the-future\"") && !line.endsWith(" 0.0")), "counted in the metrics");
    }

    @Test
    void unknownIdentitiesCreateAtMostTheBoundOfNewVesselsAPost() {
        long time = Instant.now().minusSeconds(120).toEpochMilli();
        Api.Response tooMany = admin.post("/api/v1/vms", "application/json", reports("GH", 150, time));
        assertEquals(400, tooMany.status(), tooMany.body());
        JsonNode problem = tooMany.json();
        assertEquals(50, problem.get("errors").size(), "the 50 rows beyond the first 100 new vessels");
        assertEquals("[100].registrationNumber", problem.get("errors").get(0).get("field").asString());
        assertEquals("too-many-new-vessels", problem.get("errors").get(0).get("code").asString());
        assertEquals(0, admin.get("/api/v1/vessels?q=GH-90000-TS").json().get("total").asInt(), "nothing was taken");

        Api.Response within = admin.post("/api/v1/vms", "application/json", reports("GH", 100, time));
        assertEquals(202, within.status(), within.body());
        // 202 is "accepted": the reports reach the live picture on the ingest thread, a moment later
        Await.until("the live picture knows the 100 vessels", Duration.ofSeconds(20),
                () -> admin.get("/api/v1/vessels?q=GH-9").json().get("total").asInt() == 100);
        Api.Response again = admin.post("/api/v1/vms", "application/json", reports("GH", 150, time + 60_000));
        assertEquals(202, again.status(), "the first 100 are known now: the other 50 are within the bound " + again.body());
    }

    @Test
    void aLongErrorListIsCutAndSaysHowManyMore() {
        StringBuilder csv = new StringBuilder("registration_number,time,lat,lon\n");
        for (int i = 0; i < 500; i++) {
            csv.append("TV-").append(90_000 + i).append("-TS,2026-11-29T01:00:00Z,").append(95 + i % 5).append(",106\n");
        }
        Api.Response refused = admin.post("/api/v1/vms", "text/csv", csv.toString());
        assertEquals(400, refused.status(), refused.body());
        assertEquals(100, refused.json().get("errors").size());
        assertTrue(refused.json().get("detail").asString().endsWith("(and 499 more; the first 100 are listed)"),
                refused.json().get("detail").asString());
    }

    /** {@code count} reports of {@code count} vessels the registry does not know, as a JSON array. */
    private static String reports(String prefix, int count, long timeMillis) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"registrationNumber\":\"").append(prefix).append('-')
                    .append(90_000 + i).append("-TS\",\"time\":").append(timeMillis)
                    .append(",\"lat\":10.2,\"lon\":107.9}");
        }
        return json.append(']').toString();
    }

    /** The problem detail of a raw answer (its body, chunked or not). */
    private static JsonNode problem(String answer) {
        return Api.parse(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
    }

    /**
     * Sends {@code head} and {@code body} (if any) on a new connection and reads one answer: its head and
     * its body, to its length or its last chunk (the server may keep reading what the client sends after).
     */
    private String raw(String head, byte[] body) throws IOException {
        URI base = URI.create(anonymous.base());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while (!complete(answer.toString(StandardCharsets.UTF_8)) && (read = in.read(buffer)) != -1) {
                answer.write(buffer, 0, read);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether {@code answer} holds a whole HTTP answer. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = answer.substring(0, end).toLowerCase(Locale.ROOT);
        Matcher length = Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            return answer.getBytes(StandardCharsets.UTF_8).length - end - 4 >= Integer.parseInt(length.group(1));
        }
        return answer.endsWith("\r\n0\r\n\r\n");
    }
}
