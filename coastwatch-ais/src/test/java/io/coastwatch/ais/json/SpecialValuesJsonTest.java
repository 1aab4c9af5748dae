package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.SarAircraftPositionReport;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticDataReport;
import org.junit.jupiter.api.Test;

/**
 * gpsd JSON of values the conformance sample does not show; the expected objects are what
 * {@code gpsdecode -s -j} printed for the same messages.
 */
class SpecialValuesJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sarAircraftAltitudeAndSpeedLegends() throws Exception {
        assertJson("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":9,\"repeat\":0,\"mmsi\":111222333,\"scaled\":true,"
                + "\"alt\":\"nan\",\"speed\":\"nan\",\"accuracy\":false,\"lon\":0.0,\"lat\":0.0,\"course\":360.0,"
                + "\"second\":60,\"regional\":0,\"dte\":1,\"raim\":false,\"radio\":0}",
                new SarAircraftPositionReport(9, 0, 111222333, 4095, 1023, false, 0, 0, 3600, 60, 0, true, 0, false,
                        false, 0));
        assertJson("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":9,\"repeat\":0,\"mmsi\":111222333,\"scaled\":true,"
                + "\"alt\":\"high\",\"speed\":\"fast\",\"accuracy\":false,\"lon\":0.0,\"lat\":0.0,\"course\":359.9,"
                + "\"second\":60,\"regional\":0,\"dte\":1,\"raim\":false,\"radio\":0}",
                new SarAircraftPositionReport(9, 0, 111222333, 4094, 1022, false, 0, 0, 3599, 60, 0, true, 0, false,
                        false, 0));
    }

    @Test
    void auxiliaryCraftMothershipAndLegacyVendorId() throws Exception {
        int mothership = 123456789;
        ShipDimensions field = new ShipDimensions(mothership >>> 21, (mothership >>> 12) & 0x1FF,
                (mothership >>> 6) & 0x3F, mothership & 0x3F);
        assertJson("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":24,\"repeat\":0,\"mmsi\":981234567,"
                + "\"scaled\":true,\"part\":\"B\",\"shiptype\":52,\"shiptype_text\":\"Tug\",\"vendorid\":\"AB L\","
                + "\"model\":3,\"serial\":1234,\"callsign\":\"CALL\",\"mothership_mmsi\":123456789}",
                new StaticDataReport.PartB(24, 0, 981234567, 1, 52, "AB ", 3, 1234, "CALL", field, 1, 0));
    }

    @Test
    void aidNameContinuedAfterASpace() throws Exception {
        assertJson("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":21,\"repeat\":0,\"mmsi\":992111111,"
                + "\"scaled\":true,\"aid_type\":5,\"aid_type_text\":\"Light, without sectors\","
                + "\"name\":\"NORTH ENTRANCE BUOY NO 5\",\"lon\":0.001667,\"lat\":0.003333,\"accuracy\":true,"
                + "\"to_bow\":10,\"to_stern\":20,\"to_port\":3,\"to_starboard\":4,\"epfd\":1,\"epfd_text\":\"GPS\","
                + "\"second\":10,\"regional\":0,\"off_position\":false,\"raim\":false,\"virtual_aid\":true}",
                new AidToNavigationReport(21, 0, 992111111, 5, "NORTH ENTRANCE BUOY ", true, 1000, 2000,
                        new ShipDimensions(10, 20, 3, 4), 1, 10, false, 0, false, true, false, 0, "NO 5"));
    }

    private static void assertJson(String expected, AisMessage message) throws Exception {
        JsonOutput out = new JsonOutput();
        new GpsdJsonWriter("stdin").write(message, true, out);
        JsonNode actual = JSON.readTree(out.toString());
        GpsdConformanceTest.assertSameJson(JSON.readTree(expected), actual, "");
        assertEquals(JSON.readTree(expected).size(), actual.size());
    }
}
