package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.RejectReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * gpsd conformance: every message of gpsd's {@code sample.aivdm} decodes to the JSON that
 * {@code gpsdecode -j} (scaled) and {@code gpsdecode -u -j} (unscaled) print, field by field.
 * Key order and number formatting aside: numbers compare by value, to the precision gpsd printed.
 */
class GpsdConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> scaledOutputMatchesGpsdecode() throws IOException {
        return compare(true, "gpsd/sample.aivdm.js.chk");
    }

    @TestFactory
    Stream<DynamicTest> unscaledOutputMatchesGpsdecode() throws IOException {
        return compare(false, "gpsd/sample.aivdm.ju.chk");
    }

    @Test
    void everySentenceOfTheSampleIsDecodedOrHeld() throws IOException {
        List<String> ours = decodeSample(true);
        assertEquals(readLines("gpsd/sample.aivdm.js.chk").size(), ours.stream().filter(Objects::nonNull).count(),
                "messages decoded");
    }

    private Stream<DynamicTest> compare(boolean scaled, String expectedResource) throws IOException {
        List<String> expected = readLines(expectedResource);
        List<String> actual = decodeSample(scaled);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = JSON.readTree(expected.get(i));
            String name = "line " + (i + 1) + ": type " + want.get("type") + " mmsi " + want.get("mmsi");
            boolean placed = i < actual.size();
            String got = placed ? actual.get(i) : null;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (got == null) {
                    fail((placed ? "type not decoded: " : "no message decoded for ") + want);
                }
                assertSameJson(want, JSON.readTree(got), "");
            }));
        }
        return tests.stream();
    }

    static List<String> decodeSample(boolean scaled) throws IOException {
        return decodeSample("gpsd/sample.aivdm", scaled);
    }

    /** The JSON of every message of {@code resource}, with {@code null} in the place of a type without a decoder. */
    static List<String> decodeSample(String resource, boolean scaled) throws IOException {
        // gpsdecode without -s: message 24 is printed only when a part B completes a part A.
        GpsdJsonStream stream = new GpsdJsonStream(new GpsdJsonWriter("stdin"), false);
        JsonOutput out = new JsonOutput();
        List<String> lines = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("stdin", (message, reception) -> {
            if (stream.write(message, scaled, out.reset())) {
                lines.add(out.toString());
            }
        });
        for (String line : readLines(resource)) {
            long unknownBefore = decoder.counters().rejected(RejectReason.UNKNOWN_TYPE);
            decoder.decode(line, 0);
            if (decoder.counters().rejected(RejectReason.UNKNOWN_TYPE) > unknownBefore) {
                // A type without a decoder: hold its place so that the following lines stay aligned.
                lines.add(null);
            }
        }
        assertEquals(0, decoder.counters().rejected(RejectReason.DECODER_FAILURE), "decoder failures");
        return lines;
    }

    /** Asserts two JSON values equal: objects by key set, numbers by value to the expected precision. */
    static void assertSameJson(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path + " should be an object: " + actual);
            assertEquals(new TreeSet<>(expected.propertyNames()), new TreeSet<>(actual.propertyNames()),
                    "keys of " + (path.isEmpty() ? "message" : path));
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertSameJson(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), path + " should be an array: " + actual);
            assertEquals(expected.size(), actual.size(), "length of " + path);
            for (int i = 0; i < expected.size(); i++) {
                assertSameJson(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber(), path + " should be a number: " + actual);
            BigDecimal want = expected.decimalValue();
            BigDecimal got = actual.decimalValue();
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, want.scale())).divide(BigDecimal.TWO);
            assertTrue(want.subtract(got).abs().compareTo(tolerance) <= 0,
                    path + ": expected " + want + " but was " + got);
        } else {
            assertEquals(expected, actual, path);
        }
    }

    static List<String> readLines(String resource) throws IOException {
        try (InputStream in = GpsdConformanceTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList();
        }
    }
}
