package io.coastwatch.server.vms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.pipeline.VmsReport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VmsParserTest {
    private final VmsParser parser = new VmsParser(JsonMapper.builder().build());

    @Test
    void readsCsvWithEitherIdentifierAndEitherTimeForm() {
        VmsParser.Result result = parser.parseCsv("""
                registration_number,vms_device_id,time,lat,lon,speed,course
                NT-90123-TS,,2026-11-29T01:00:00Z,11.55,109.2,6.5,135
                ,VMS-0042,1795914000000,11.6,109.3,,
                """);
        assertEquals(java.util.List.of(), result.errors());
        assertEquals(2, result.reports().size());
        VmsReport first = result.reports().get(0);
        assertEquals("NT-90123-TS", first.registrationNumber());
        assertEquals(Instant.parse("2026-11-29T01:00:00Z").toEpochMilli(), first.timeMillis());
        assertEquals(6.5, first.speedKnots());
        VmsReport second = result.reports().get(1);
        assertEquals("VMS-0042", second.vmsDeviceId());
        assertTrue(Double.isNaN(second.speedKnots()));
        assertEquals("line 3", result.places().get(1));
    }

    @Test
    void namesEveryBadCsvLine() {
        VmsParser.Result result = parser.parseCsv("""
                registration,time,lat,lon
                NT-1-TS,2026-11-29T01:00:00Z,95,109
                ,2026-11-29T01:00:00Z,11,109
                NT-2-TS,yesterday,11,109
                NT-3-TS,2026-11-29T01:00:00Z,11
                NT-4-TS,2026-11-29T01:00:00Z,11,109
                """);
        assertEquals(4, result.errors().size(), result.errors().toString());
        assertTrue(result.errors().get(0).startsWith("line 2: latitude 95"), result.errors().get(0));
        assertTrue(result.errors().get(1).startsWith("line 3: a registration number"), result.errors().get(1));
        assertTrue(result.errors().get(2).startsWith("line 4: bad time"), result.errors().get(2));
        assertTrue(result.errors().get(3).startsWith("line 5: 3 fields"), result.errors().get(3));
    }

    @Test
    void readsTheSimulatorsJson() {
        VmsParser.Result result = parser.parseJson("""
                [{"registrationNumber":null,"vmsDeviceId":"VMS-1","time":"2026-11-29T01:00:00Z","lat":11.5,"lon":109.1,
                  "speedKnots":"NaN","courseDegrees":"NaN"}]
                """);
        assertEquals(java.util.List.of(), result.errors());
        assertTrue(Double.isNaN(result.reports().get(0).speedKnots()));
        String error = parser.parseJson("{\"vmsDeviceId\":\"V\",\"time\":1,\"lat\":\"NaN\",\"lon\":1}").errors().get(0);
        assertTrue(error.startsWith("report: latitude NaN is out of range"), error);
    }

    @Test
    void refusesAnUnknownColumn() {
        VmsParser.Result result = parser.parseCsv("registration,when,lat,lon\nNT-1-TS,1,2,3\n");
        assertTrue(result.errors().get(0).startsWith("line 1: unknown column 'when'"), result.errors().toString());
    }

    @Test
    void readsJsonObjectOrArrayAndNamesBadElements() {
        assertEquals(1, parser.parseJson("""
                {"registrationNumber":"NT-90123-TS","time":"2026-11-29T01:00:00Z","latitude":11.5,"longitude":109.1}
                """).reports().size());
        VmsParser.Result result = parser.parseJson("""
                [{"vmsDeviceId":"V1","time":1795914000000,"lat":11.5,"lon":109.1,"speedKnots":4},
                 {"vmsDeviceId":"V2","time":1795914000000,"lat":11.5,"lon":200},
                 3]
                """);
        assertEquals(2, result.errors().size(), result.errors().toString());
        assertTrue(result.errors().get(0).startsWith("report 1: longitude 200"), result.errors().get(0));
        assertTrue(result.errors().get(1).startsWith("report 2: not a JSON object"), result.errors().get(1));
        assertTrue(parser.parseJson("{not json").errors().get(0).startsWith("body is not valid JSON"));
    }
}
