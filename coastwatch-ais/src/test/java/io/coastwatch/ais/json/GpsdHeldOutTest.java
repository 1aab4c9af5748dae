package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Held-out captures: two logs of gpsd's daemon regression tests that no decoder here was written
 * against ({@code gpsd/daemon/}, see the README there), decoded message by message to the JSON that
 * Debian's {@code gpsdecode -j} 3.22 printed for them, field by field. Before the applications of
 * gpsd's list were decoded, the 12 inland persons-on-board messages (DAC 200 FI 55) of the type 6 log
 * came out as raw data: 360 of 372 messages (96.8 %) agreed; now all do.
 *
 * <p>gpsd 3.22 spells three things differently from the newer gpsd that {@link GpsdConformanceTest}
 * follows; those are compared in 3.22's terms (see {@link #inGpsd322Terms}) and nothing else is eased.
 */
class GpsdHeldOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** EPFD 15 is "internal GNSS" (ITU-R M.1371-5); gpsd 3.22 prints it as invalid. */
    private static final int INTERNAL_GNSS_EPFD = 15;

    @TestFactory
    Stream<DynamicTest> liveCapturesMatchGpsdecode() throws IOException {
        return compare("gpsd/daemon/ais-raw-messages.log");
    }

    @TestFactory
    Stream<DynamicTest> inlandTypeSixCapturesMatchGpsdecode() throws IOException {
        return compare("gpsd/daemon/ais-nmea-type6-fid55.log");
    }

    private static Stream<DynamicTest> compare(String log) throws IOException {
        List<String> expected = GpsdConformanceTest.readLines(log + ".js.chk");
        List<String> actual = GpsdConformanceTest.decodeSample(log, true);
        assertEquals(expected.size(), actual.size(), "messages decoded from " + log);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = JSON.readTree(expected.get(i));
            String got = actual.get(i);
            String name = "message " + (i + 1) + ": type " + want.get("type") + " mmsi " + want.get("mmsi");
            tests.add(DynamicTest.dynamicTest(name,
                    () -> GpsdConformanceTest.assertSameJson(want, inGpsd322Terms(want, JSON.readTree(got)), "")));
        }
        return tests.stream();
    }

    /**
     * Our message as gpsd 3.22 words what newer gpsd prints otherwise: a scaled rate of turn as its
     * magnitude rounded to whole degrees a minute, sign lost ({@code 3} for {@code "-2.86"}), an unknown
     * one as {@code "nan"} ({@code "n/a"}); EPFD 15's text as {@code "INVALID EPFD"}; navigation status
     * 7 as {@code "Restricted manoeuverability"}. Applied only where gpsd's line shows 3.22's form.
     */
    static JsonNode inGpsd322Terms(JsonNode gpsd, JsonNode ours) {
        ObjectNode message = ((ObjectNode) ours).deepCopy();
        JsonNode turn = message.get("turn");
        JsonNode gpsdTurn = gpsd.get("turn");
        if (turn != null && turn.isString() && gpsdTurn != null) {
            if (gpsdTurn.isNumber() && isDecimal(turn.asString())) {
                message.put("turn", Math.round(Math.abs(Double.parseDouble(turn.asString()))));
            } else if (gpsdTurn.asString().equals("nan") && turn.asString().equals("n/a")) {
                message.put("turn", "nan");
            }
        }
        if (message.path("epfd").asInt() == INTERNAL_GNSS_EPFD
                && gpsd.path("epfd_text").asString().equals("INVALID EPFD")) {
            message.put("epfd_text", "INVALID EPFD");
        }
        if (message.path("status_text").asString().equals("Restricted maneuverability")
                && gpsd.path("status_text").asString().equals("Restricted manoeuverability")) {
            message.put("status_text", "Restricted manoeuverability");
        }
        return message;
    }

    private static boolean isDecimal(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
