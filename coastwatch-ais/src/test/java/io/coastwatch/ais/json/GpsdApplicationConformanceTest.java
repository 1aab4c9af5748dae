package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every application (DAC/FI of messages 6 and 8) that gpsd decodes, against {@code gpsdecode}: seeded
 * random messages of each ({@code scripts/gpsd-application-sample.py 20261207 12}) decode to the JSON that
 * gpsdecode 3.22 printed for them, scaled and unscaled, field by field (numbers to the precision gpsd
 * printed, which for some positions is coarser than newer gpsd's and Coastwatch's). Before this change
 * none of the applications added (DAC 1 FI 13, 15-17, 19, 20, 25, 27, 28; DAC 200 FI 21-24, 40, 55) was
 * decoded, and those messages came out as raw data.
 */
class GpsdApplicationConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "gpsd/applications/applications.aivdm";

    @TestFactory
    Stream<DynamicTest> scaledOutputMatchesGpsdecode() throws IOException {
        return compare(true, SAMPLE + ".js.chk");
    }

    @TestFactory
    Stream<DynamicTest> unscaledOutputMatchesGpsdecode() throws IOException {
        return compare(false, SAMPLE + ".ju.chk");
    }

    private static Stream<DynamicTest> compare(boolean scaled, String expectedResource) throws IOException {
        List<String> expected = GpsdConformanceTest.readLines(expectedResource);
        List<String> actual = GpsdConformanceTest.decodeSample(SAMPLE, scaled);
        assertEquals(expected.size(), actual.size(), "messages decoded");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = JSON.readTree(expected.get(i));
            String got = actual.get(i);
            String name = "message " + (i + 1) + ": type " + want.get("type") + " DAC " + want.get("dac") + " FI "
                    + want.get("fid");
            tests.add(DynamicTest.dynamicTest(name,
                    () -> GpsdConformanceTest.assertSameJson(want, JSON.readTree(got), "")));
        }
        return tests.stream();
    }
}
